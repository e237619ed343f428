/**
 * A slot renders its next message while the current one is on the wire (real SQLite file, real
 * SMTP server on 127.0.0.1, fake clock for the Date header). The row rendered ahead is only
 * read, never claimed before its turn; the message is used only if nothing it was made from
 * changed, and not when it has grown old behind a slow server.
 */
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  deliveryStateOf,
  openEngine,
  recipients,
  waitForStatus,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { PREPARED_MAX_AGE_MS } from './preparedMessages'

vi.setConfig({ testTimeout: 15_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

const oneSlot = { delayMs: 0, concurrency: 1, maxAttempts: 3, backoffMs: 0, timeoutMs: 10_000 }
const dateOf = (raw: string) => raw.match(/^Date: (.+)$/im)![1]!.trim()
const fromOf = (raw: string) => raw.match(/^From: (.+)$/im)![1]!.trim()

/** A campaign of two whose first message the server holds after its final dot. */
async function firstOnTheWire() {
  const clock = new FakeClock()
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  let onTheWire!: () => void
  const arrived = new Promise<void>((resolve) => (onTheWire = resolve))
  const sink = await startSmtpSink({
    stallData: (to) => {
      if (to !== 'r0@example.test') return
      onTheWire()
      return held
    },
  })
  cleanup(() => sink.close())
  const h = closeAfterTest(cleanup, openEngine(tempDir(), { clock }))
  h.engine.start()
  const account = await addAccount(h, sink.port)
  const { id } = await createCampaign(h, account.id, recipients(2), oneSlot)
  await h.call('campaigns.start', { id })
  const state = (email: string) => deliveryStateOf(h, email)
  await arrived // its body is all out; the server has not answered yet
  return { h, sink, clock, release, id, account, state }
}

describe('the next message rendered ahead', () => {
  it('is rendered while the current one is on the wire, its row still waiting', async () => {
    const { h, sink, clock, release, id, state } = await firstOnTheWire()
    // Rendered now (its Date says so), but not claimed: a crash here leaves it simply queued.
    clock.advance(3000)
    expect(state('r1@example.test')).toBe('queued')
    release()
    await waitForStatus(h, id, 'completed')
    const [first, second] = sink.received
    expect(second!.to).toBe('r1@example.test')
    expect(dateOf(second!.raw)).toBe(dateOf(first!.raw))
  })

  it('is rendered again when it grew old behind a slow server', async () => {
    const { h, sink, clock, release, id } = await firstOnTheWire()
    clock.advance(PREPARED_MAX_AGE_MS + 2000)
    release()
    await waitForStatus(h, id, 'completed')
    const [first, second] = sink.received
    expect(dateOf(second!.raw)).not.toBe(dateOf(first!.raw))
    expect(new Date(dateOf(second!.raw)).getTime()).toBe(Math.floor(clock.now() / 1000) * 1000)
  })

  it('is not sent when the account was edited meanwhile: the edit shows in that message', async () => {
    const { h, sink, clock, release, id, account } = await firstOnTheWire()
    clock.advance(1000) // the user's edit comes a moment later
    await h.call('accounts.update', {
      id: account.id,
      name: 'Local sink',
      host: '127.0.0.1',
      port: sink.port,
      security: 'none',
      username: null,
      password: null,
      fromName: 'Renamed Sender',
      fromEmail: 'sender@example.test',
    })
    release()
    await waitForStatus(h, id, 'completed')
    const [first, second] = sink.received
    expect(fromOf(first!.raw)).toContain('Outbox Test')
    expect(fromOf(second!.raw)).toContain('Renamed Sender')
  })
})
