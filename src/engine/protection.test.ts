/**
 * Self-protection: a campaign whose latest outcomes hold too many 5xx refusals pauses by itself,
 * never before it has 50 outcomes; the user's resume forgives what came before; off, it never
 * pauses. Real SMTP server on 127.0.0.1 (550 5.1.1 for chosen addresses), real database file,
 * fake clock.
 */
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  openEngine,
  recipients,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { reply, startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import type { Campaign } from '@shared/contract'
import { fixture, fixtureId, recorder } from '@test/support/mailboxFeedback'
import { RECENT_OUTCOMES_SQL } from './db/protection'
import { protectionTripped } from './policy/protection'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

/** r9, r19, r29…: one address in ten does not exist. */
const everyTenth = (to: string) => /^r\d*9@/.test(to)

async function engineWithBadAddresses(bad: (to: string) => boolean) {
  const sink = await startSmtpSink({
    rcpt: (to) => (bad(to) ? reply(550, '5.1.1 No such user') : null),
  })
  cleanup(() => sink.close())
  const clock = new FakeClock()
  const h = closeAfterTest(cleanup, openEngine(tempDir(), { clock }))
  h.engine.start()
  const account = await addAccount(h, sink.port)
  return { h, sink, clock, accountId: account.id }
}

const outcomes = (h: Harness, campaignId: number) =>
  h.db
    .prepare(
      "SELECT count(*) FROM deliveries WHERE campaign_id = ? AND state IN ('sent', 'failed')",
    )
    .pluck()
    .get(campaignId) as number

const get = (h: Harness, id: number) => h.call<Campaign>('campaigns.get', { id })

const pauses = async (h: Harness, campaignId: number) =>
  (
    await h.call<{ kind: string; params: Record<string, unknown> }[]>('log.list', { campaignId })
  ).filter((l) => l.kind === 'campaign.paused')

describe('self-protection', () => {
  it('lets a list with 3 % bad addresses complete', async () => {
    const { h, sink, accountId } = await engineWithBadAddresses((to) => /^r(32|65|98)@/.test(to))
    const campaign = await createCampaign(h, accountId, recipients(100))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(sink.received).toHaveLength(97)
    expect(await pauses(h, campaign.id)).toEqual([])
  })

  it('pauses a list with 10 % bad addresses after 50 outcomes; a resume forgives them', async () => {
    const { h, sink, clock, accountId } = await engineWithBadAddresses(everyTenth)
    const campaign = await createCampaign(h, accountId, recipients(100))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'paused')

    const paused = await get(h, campaign.id)
    expect(paused.statusReason).toBe('protection')
    expect(paused.resumeAt).toBeNull() // only the user lifts it
    const [, permanent, total] = /^5xx: (\d+)\/(\d+) = [\d.]+% > 5%$/.exec(paused.statusDetail!)!
    expect(Number(total)).toBeGreaterThanOrEqual(50)
    // At the first refusal from the 50th outcome on: r49's when it ends 50th, else (two
    // connections race) r59's.
    expect(Number(total)).toBeLessThanOrEqual(60)
    expect(Number(permanent) * 100).toBeGreaterThan(5 * Number(total))
    await expect
      .poll(() =>
        h.db.prepare("SELECT count(*) FROM deliveries WHERE state = 'sending'").pluck().get(),
      )
      .toBe(0)
    // Claims stop at the pause: only the sends in flight then (two connections) may end after it.
    const before = outcomes(h, campaign.id)
    expect(before).toBeLessThanOrEqual(Number(total) + 2)
    expect(await pauses(h, campaign.id)).toEqual([
      expect.objectContaining({
        params: expect.objectContaining({ variant: 'protection', detail: paused.statusDetail }),
      }),
    ])

    // Nothing lifts it by itself.
    clock.jump(2 * 60 * 60_000)
    expect((await get(h, campaign.id)).status).toBe('paused')

    // The user resumes: the earlier outcomes no longer count, and fewer than 50 are left.
    await h.call('campaigns.resume', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(sink.received).toHaveLength(90)
    expect((await get(h, campaign.id)).progress).toMatchObject({ sent: 90, failed: 10 })
    expect(await pauses(h, campaign.id)).toHaveLength(1)
  })

  it('never pauses when it is off, nor below a raised threshold', async () => {
    const { h, sink, accountId } = await engineWithBadAddresses(everyTenth)
    await h.call('settings.update', { protection: { enabled: false, permanentFailurePercent: 5 } })
    const off = await createCampaign(h, accountId, recipients(100, 'one.test'))
    await h.call('campaigns.start', { id: off.id })
    await waitForStatus(h, off.id, 'completed')

    await h.call('settings.update', { protection: { enabled: true, permanentFailurePercent: 15 } })
    const raised = await createCampaign(h, accountId, recipients(100, 'two.test'))
    await h.call('campaigns.start', { id: raised.id })
    await waitForStatus(h, raised.id, 'completed')
    expect(sink.received).toHaveLength(180)
    expect([...(await pauses(h, off.id)), ...(await pauses(h, raised.id))]).toEqual([])
  })
})

describe('protectionTripped', () => {
  const on = { enabled: true, permanentFailurePercent: 5 }

  /** A started campaign whose outcomes the test writes itself (no sender runs). */
  async function campaignWithRows(n: number) {
    const h = closeAfterTest(cleanup, openEngine(tempDir(), { clock: new FakeClock(1000) }))
    const account = await addAccount(h, 1)
    const campaign = await createCampaign(h, account.id, recipients(n))
    await h.call('campaigns.start', { id: campaign.id })
    const ids = h.db
      .prepare('SELECT id FROM deliveries WHERE campaign_id = ? ORDER BY id')
      .pluck()
      .all(campaign.id) as number[]
    let at = 1000
    const outcome = (id: number, state: 'sent' | 'failed', code: number | null) =>
      h.db
        .prepare(
          `UPDATE deliveries SET state = ?, last_code = ?, updated_at = ?, account_id = ?
           WHERE id = ?`,
        )
        .run(state, code, ++at, account.id, id)
    return { h, id: campaign.id, ids, outcome }
  }

  it('waits for 50 outcomes, looks at the latest 200, and trips only above the share', async () => {
    const { h, id, ids, outcome } = await campaignWithRows(300)
    const trip = () => protectionTripped(h.db, id, on)
    for (const row of ids.slice(0, 49)) outcome(row, 'failed', 550)
    expect(trip()).toBeNull()
    outcome(ids[49]!, 'sent', 250)
    expect(trip()).toBe('5xx: 49/50 = 98% > 5%')

    // 200 newer successes push every refusal out of the window.
    for (const row of ids.slice(50, 250)) outcome(row, 'sent', 250)
    expect(trip()).toBeNull()
    // 10 of the latest 200 is 5 %: not above it; 11 is.
    for (const row of ids.slice(250, 260)) outcome(row, 'failed', 550)
    expect(trip()).toBeNull()
    outcome(ids[260]!, 'failed', 554)
    expect(trip()).toBe('5xx: 11/200 = 5.5% > 5%')
    expect(protectionTripped(h.db, id, { enabled: true, permanentFailurePercent: 6 })).toBeNull()
    expect(protectionTripped(h.db, id, { ...on, enabled: false })).toBeNull()

    // Given up after 4xx replies, or a template error (no code): not a refusal for good.
    for (const row of ids.slice(261, 290)) outcome(row, 'failed', null)
    for (const row of ids.slice(290, 300)) outcome(row, 'failed', 451)
    expect(trip()).toBe('5xx: 11/200 = 5.5% > 5%')

    // Outcomes before the protection's start are forgiven.
    h.db.prepare('UPDATE campaigns SET protection_since = ? WHERE id = ?').run(1_000_000, id)
    expect(trip()).toBeNull()
  })

  it('counts a hard bounce of a delivery in the window as a refusal, and a hard bounce pauses', async () => {
    const { h, id, ids, outcome } = await campaignWithRows(60)
    for (const row of ids.slice(0, 50)) outcome(row, 'sent', 250)
    const bounce = (row: number, severity: 'hard' | 'soft') =>
      h.db
        .prepare(
          `INSERT INTO delivery_feedback (delivery_id, campaign_id, bounce, bounced_at)
           VALUES (?, ?, ?, 1) ON CONFLICT (delivery_id) DO UPDATE SET bounce = excluded.bounce`,
        )
        .run(row, id, severity)
    bounce(ids[0]!, 'hard')
    bounce(ids[1]!, 'hard')
    bounce(ids[2]!, 'soft')
    bounce(ids[55]!, 'hard') // not an outcome yet: outside the window
    expect(protectionTripped(h.db, id, on)).toBeNull() // 2/50 = 4 %
    bounce(ids[2]!, 'hard')
    expect(protectionTripped(h.db, id, on)).toBe('5xx: 3/50 = 6% > 5%')

    // Read from the mailbox, a hard bounce checks the window at once (after its transaction).
    const pauses: [number, string][] = []
    const record = recorder(h, cleanup, { pauseForProtection: (c, d) => pauses.push([c, d]) })
    const [row] = h.db
      .prepare('SELECT message_id FROM deliveries WHERE id = ?')
      .pluck()
      .all(ids[10]!) as string[]
    const raw = fixture('postfix-hard-multipart-report.eml', { [fixtureId(1)]: row!.slice(1, -1) })
    expect((await record(raw, { accountId: 1 })).recognised).toBe(true)
    await expect.poll(() => pauses).toEqual([[id, '5xx: 4/50 = 8% > 5%']])
  })

  it('reads the latest outcomes through their index', async () => {
    const { h, id } = await campaignWithRows(1)
    const plan = h.db
      .prepare(`EXPLAIN QUERY PLAN ${RECENT_OUTCOMES_SQL}`)
      .all({ campaignId: id, limit: 200 }) as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toContain('deliveries_outcomes')
  })
})
