/**
 * campaigns.activity after a real small campaign on a local SMTP server, on the fake clock:
 * sends and failures counted in the minutes they happened, and the campaign's own state
 * changes (started, paused by the user, sending again, completed) in order.
 */
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  recipients,
  openEngine,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { reply, startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()
const MINUTE = 60_000
const SPACING = 30_000

type Activity = {
  perMinute: { at: number; sent: number; failed: number }[]
  timeline: { at: number; kind: string; level: string; message: string }[]
}

const outcomes = (h: Harness, campaignId: number) =>
  h.db
    .prepare(
      `SELECT count(*) FROM deliveries WHERE campaign_id = ? AND state IN ('sent', 'failed')`,
    )
    .pluck()
    .get(campaignId) as number

describe('campaigns.activity', () => {
  it('counts sends and failures per minute and lists the state changes, after a real run', async () => {
    const sink = await startSmtpSink({
      rcpt: (to) => (to === 'r2@example.test' ? reply(550, '5.1.1 No such user here') : null),
    })
    cleanup(() => sink.close())
    const clock = new FakeClock(Date.UTC(2030, 0, 1, 9, 0, 30))
    const t0 = clock.now()
    const h = closeAfterTest(cleanup, openEngine(tempDir(), { clock }))
    h.engine.start()
    const account = await addAccount(h, sink.port)
    // One send every 30 s of the fake clock, one at a time: each outcome lands when we say.
    const campaign = await createCampaign(h, account.id, recipients(6), {
      delayMs: SPACING,
      concurrency: 1,
      maxAttempts: 3,
      backoffMs: 0,
      timeoutMs: 5000,
    })
    const id = campaign.id
    // Another campaign's lines must not show in this one's activity.
    const other = await createCampaign(h, account.id, recipients(1, 'other.test'))

    await h.call('campaigns.start', { id })
    await expect.poll(() => outcomes(h, id), { interval: 10 }).toBe(1) // r0 at 09:00:30
    clock.advance(SPACING)
    await expect.poll(() => outcomes(h, id), { interval: 10 }).toBe(2) // r1 at 09:01:00
    clock.advance(SPACING)
    await expect.poll(() => outcomes(h, id), { interval: 10 }).toBe(3) // r2 refused, 09:01:30
    await h.call('campaigns.pause', { id })
    clock.advance(5 * MINUTE) // nothing goes out while paused
    expect(outcomes(h, id)).toBe(3)
    await h.call('campaigns.resume', { id }) // 09:06:30
    await expect.poll(() => outcomes(h, id), { interval: 10 }).toBe(4) // r3 at once
    clock.advance(SPACING)
    await expect.poll(() => outcomes(h, id), { interval: 10 }).toBe(5) // r4 at 09:07:00
    clock.advance(SPACING)
    await waitForStatus(h, id, 'completed') // r5 at 09:07:30

    const minute = (m: number) => Date.UTC(2030, 0, 1, 9, m)
    const activity = await h.call<Activity>('campaigns.activity', { id })
    expect(activity.perMinute).toEqual([
      { at: minute(0), sent: 1, failed: 0 },
      { at: minute(1), sent: 1, failed: 1 },
      { at: minute(6), sent: 1, failed: 0 },
      { at: minute(7), sent: 2, failed: 0 },
    ])
    expect(sink.received).toHaveLength(5)

    const resumedAt = t0 + 2 * SPACING + 5 * MINUTE
    expect(activity.timeline.map(({ at, kind, level }) => ({ at, kind, level }))).toEqual([
      { at: t0, kind: 'campaign.sending', level: 'info' },
      { at: t0, kind: 'campaign.started', level: 'info' },
      { at: t0 + 2 * SPACING, kind: 'campaign.paused', level: 'info' },
      { at: resumedAt, kind: 'campaign.sending', level: 'info' },
      { at: resumedAt + 2 * SPACING, kind: 'campaign.completed', level: 'info' },
    ])
    expect(activity.timeline[1]!.message).toBe('Campaign started: 6 recipients queued')
    expect(activity.timeline[2]!.message).toBe('Campaign sending → paused (user)')
    // The log holds a line per send too; the timeline is only the campaign's state changes.
    const lines = await h.call<{ kind: string }[]>('log.list', { campaignId: id })
    expect(lines.filter((l) => l.kind === 'delivery.failed')).toHaveLength(1)

    // Clearing the failure from the lists does not move it in time.
    expect(await h.call('failed.clear', { campaignId: id })).toEqual({ count: 1 })
    clock.advance(MINUTE)
    expect((await h.call<Activity>('campaigns.activity', { id })).perMinute).toEqual(
      activity.perMinute,
    )

    expect(await h.call('campaigns.activity', { id: other.id })).toEqual({
      perMinute: [],
      timeline: [],
    })
    expect(await h.engine.dispatch('campaigns.activity', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })
})
