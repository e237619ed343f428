/**
 * What survives a stop or a crash: a restarted engine on the same file resumes by itself,
 * rows caught in flight become `uncertain`, and a resend is the same message.
 */
import { createServer, type Server } from 'node:net'
import type { AddressInfo } from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { useTempDir } from '@test/support/tempDir'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  fast,
  openEngine,
  recipients,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { startSmtpSink } from '@test/support/smtpSink'
import { claimDeliveries } from '../db/deliveries'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

const track = (h: Harness) => closeAfterTest(cleanup, h)

describe('restart and crash recovery', () => {
  it('a restarted engine resumes the campaign by itself and sends each recipient once', async () => {
    const dir = tempDir()
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const first = openEngine(dir)
    first.engine.start()
    const account = await addAccount(first, sink.port)
    const campaign = await createCampaign(first, account.id, recipients(20), {
      ...fast,
      delayMs: 30,
      concurrency: 1,
    })
    await first.call('campaigns.start', { id: campaign.id })
    await expect.poll(() => sink.received.length).toBeGreaterThanOrEqual(5)
    await first.engine.stop(2000) // the user quits mid-campaign
    first.db.close()
    const sentBefore = sink.received.length
    expect(sentBefore).toBeLessThan(20)

    const second = track(openEngine(dir))
    second.engine.start() // nobody presses anything
    await waitForStatus(second, campaign.id, 'completed')
    expect(sink.received).toHaveLength(20)
    expect(new Set(sink.received.map((m) => m.to)).size).toBe(20)
  })

  it('a row left `sending` by a crash becomes uncertain; resend reuses its Message-ID', async () => {
    const dir = tempDir()
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const first = openEngine(dir)
    const account = await addAccount(first, sink.port)
    const campaign = await createCampaign(first, account.id, recipients(3))
    // Start without a sender running, then claim one row the way a slot does and "die".
    await first.call('campaigns.start', { id: campaign.id })
    const [inFlight] = claimDeliveries(first.db, {
      campaignId: campaign.id,
      accountId: account.id,
      now: Date.now(),
      token: 'dead-worker',
      leaseUntil: Date.now() + 60_000,
      limit: 1,
    })
    first.db.close() // no stop(): the process is gone

    const second = track(openEngine(dir))
    second.engine.start()
    await expect.poll(() => sink.received.length).toBe(2) // the others resume
    const uncertain = await second.call<{ id: number; messageId: string; lastResponse: string }[]>(
      'deliveries.list',
      { campaignId: campaign.id, state: 'uncertain' },
    )
    expect(uncertain).toEqual([
      expect.objectContaining({ id: inFlight!.id, messageId: inFlight!.message_id }),
    ])
    expect(uncertain[0]!.lastResponse).toContain('app stopped')
    const log = await second.call<{ kind: string }[]>('log.list', { campaignId: campaign.id })
    expect(log.some((l) => l.kind === 'delivery.uncertain')).toBe(true)
    // It does not complete silently with the row in doubt resolved: it is counted as uncertain.
    await waitForStatus(second, campaign.id, 'completed')

    expect(
      await second.call('uncertain.resend', { campaignId: campaign.id, deliveryId: inFlight!.id }),
    ).toEqual({ count: 1 })
    await expect.poll(() => sink.received.length).toBe(3)
    const resent = sink.received.find((m) => m.messageId === inFlight!.message_id)
    expect(resent).toBeDefined()
    await waitForStatus(second, campaign.id, 'completed')
  })

  it('a row left `sending` by a crash counts against its account’s hourly cap and warm-up', async () => {
    const dir = tempDir()
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const clock = new FakeClock()
    const first = openEngine(dir, { clock })
    const account = await first.call<{ id: number }>('accounts.create', {
      name: 'Capped',
      host: '127.0.0.1',
      port: sink.port,
      security: 'none',
      fromEmail: 'capped@example.test',
      hourlyCap: 1,
      warmup: { startPerDay: 1, targetPerDay: 100, days: 10, zone: 'UTC' },
    })
    const campaign = await createCampaign(first, account.id, recipients(2))
    await first.call('campaigns.start', { id: campaign.id })
    // One row in flight when the process dies: it may have been handed over.
    claimDeliveries(first.db, {
      campaignId: campaign.id,
      accountId: account.id,
      now: clock.now(),
      token: 'dead-worker',
      leaseUntil: clock.now() + 60_000,
      limit: 1,
    })
    first.db.close()

    const second = track(openEngine(dir, { clock }))
    second.engine.start()
    await new Promise((resolve) => setTimeout(resolve, 200))
    // It counts as one this hour and today: the other waits, however the server took the first.
    expect(sink.received).toHaveLength(0)
    const [shown] =
      await second.call<{ usage: { lastHour: number }; warmupToday: { sentToday: number } }[]>(
        'accounts.list',
      )
    expect(shown).toMatchObject({ usage: { lastHour: 1 }, warmupToday: { sentToday: 1 } })
  })

  it('mark as sent settles uncertain rows without sending', async () => {
    const dir = tempDir()
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const h = openEngine(dir)
    const account = await addAccount(h, sink.port)
    const campaign = await createCampaign(h, account.id, recipients(2))
    await h.call('campaigns.start', { id: campaign.id })
    claimDeliveries(h.db, {
      campaignId: campaign.id,
      accountId: account.id,
      now: Date.now(),
      token: 't',
      leaseUntil: 0,
      limit: 2,
    })
    h.db.close()
    const after = track(openEngine(dir))
    after.engine.start()
    await waitForStatus(after, campaign.id, 'completed')
    expect(await after.call('uncertain.markSent', { campaignId: campaign.id })).toEqual({
      count: 2,
    })
    const c = await after.call<{ status: string; progress: { sent: number; uncertain: number } }>(
      'campaigns.get',
      { id: campaign.id },
    )
    expect(c).toMatchObject({ status: 'completed', progress: { sent: 2, uncertain: 0 } })
    expect(sink.received).toHaveLength(0)
  })

  it('a connection dropped right after the final dot leaves the row uncertain, not retried', async () => {
    // A raw SMTP peer that takes the whole message and hangs up instead of answering.
    const server: Server = createServer((socket) => {
      socket.write('220 test ESMTP\r\n')
      let inData = false
      let buffer = ''
      socket.on('data', (chunk) => {
        buffer += chunk.toString()
        if (inData) {
          if (buffer.includes('\r\n.\r\n')) socket.destroy()
          return
        }
        let line: number
        while ((line = buffer.indexOf('\r\n')) >= 0) {
          const command = buffer.slice(0, line).toUpperCase()
          buffer = buffer.slice(line + 2)
          if (command.startsWith('EHLO') || command.startsWith('HELO')) socket.write('250 test\r\n')
          else if (command.startsWith('DATA')) {
            inData = true
            socket.write('354 go ahead\r\n')
            return
          } else socket.write('250 OK\r\n')
        }
      })
      socket.on('error', () => {})
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    cleanup(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const h = track(openEngine(tempDir()))
    h.engine.start()
    const account = await addAccount(h, (server.address() as AddressInfo).port)
    const campaign = await createCampaign(h, account.id, recipients(1), { ...fast, maxAttempts: 3 })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    const [row] = await h.call<{ attempts: number }[]>('deliveries.list', {
      campaignId: campaign.id,
      state: 'uncertain',
    })
    expect(row).toMatchObject({ attempts: 1 })
  })

  it('refuses a second engine on the same database while the first is sending', async () => {
    const dir = tempDir()
    const first = track(openEngine(dir))
    first.engine.start()
    const second = openEngine(dir)
    expect(() => second.engine.start()).toThrow(/already sending from this data folder/)
    second.db.close()
  })
})
