/**
 * The glue as the composition root calls it, with Electron's modules as fakes and the real
 * engine on a real SQLite file behind it: sleep and no network hold sending, a sending
 * campaign keeps the computer awake, start at login follows the setting.
 */
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  openEngine,
  recipients,
  waitForStatus,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { NETWORK_POLL_MS } from './networkWatch'
import { startPower } from './power'
import { RESUME_SETTLE_MS } from './sleepWatch'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

async function setUp() {
  const sink = await startSmtpSink() // before the engine: closed after it
  cleanup(() => sink.close())
  const clock = new FakeClock()
  const h = closeAfterTest(cleanup, openEngine(tempDir(), { clock }))
  h.engine.start()
  const powerMonitor = new EventEmitter()
  const network = { online: true }
  let nextBlocker = 1
  const powerSaveBlocker = { start: vi.fn(() => nextBlocker++), stop: vi.fn() }
  const login = { openAtLogin: false }
  const app = {
    isPackaged: true,
    getLoginItemSettings: () => ({ ...login }),
    setLoginItemSettings: vi.fn((s: { openAtLogin: boolean }) => {
      login.openAtLogin = s.openAtLogin
    }),
  }
  const stop = await startPower(
    {
      powerMonitor,
      net: { isOnline: () => network.online },
      powerSaveBlocker,
      app,
      platform: 'darwin',
      clock,
    },
    h.engine,
  )
  cleanup(stop)
  const held = async () => (await h.call<{ held: string[] }>('engine.status')).held
  return { h, sink, clock, powerMonitor, network, powerSaveBlocker, app, login, held }
}

describe('startPower', () => {
  it('sleep holds sending and waking releases it; a screen lock does not', async () => {
    const { powerMonitor, clock, held } = await setUp()
    powerMonitor.emit('lock-screen')
    expect(await held()).toEqual([])
    powerMonitor.emit('suspend')
    expect(await held()).toEqual(['suspend'])
    powerMonitor.emit('resume')
    clock.advance(RESUME_SETTLE_MS)
    await expect.poll(held).toEqual([])
  })

  it('polls the network: offline holds, online releases', async () => {
    const { network, clock, held } = await setUp()
    network.online = false
    clock.advance(NETWORK_POLL_MS)
    expect(await held()).toEqual(['offline'])
    network.online = true
    clock.advance(NETWORK_POLL_MS)
    await expect.poll(held).toEqual([])
  })

  it('keeps the computer awake while a campaign sends, if the setting says so', async () => {
    const { h, sink, powerSaveBlocker } = await setUp()
    const account = await addAccount(h, sink.port)
    const campaign = await createCampaign(h, account.id, recipients(3))
    await h.call('campaigns.start', { id: campaign.id })
    expect(powerSaveBlocker.start).toHaveBeenCalledWith('prevent-app-suspension')
    await waitForStatus(h, campaign.id, 'completed')
    await expect.poll(() => powerSaveBlocker.stop.mock.calls).toEqual([[1]])

    const { desktop } = await h.call<{ desktop: object }>('settings.get')
    await h.call('settings.update', { desktop: { ...desktop, keepAwake: false } })
    const second = await createCampaign(h, account.id, recipients(3))
    await h.call('campaigns.start', { id: second.id })
    await waitForStatus(h, second.id, 'completed')
    expect(powerSaveBlocker.start).toHaveBeenCalledOnce()
  })

  it('start at login follows the setting', async () => {
    const { h, app, login } = await setUp()
    expect(app.setLoginItemSettings).not.toHaveBeenCalled() // off, and already off
    const { desktop } = await h.call<{ desktop: object }>('settings.get')
    await h.call('settings.update', { desktop: { ...desktop, startAtLogin: true } })
    expect(login.openAtLogin).toBe(true)
  })
})
