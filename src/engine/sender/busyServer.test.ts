/**
 * A server that refuses at MAIL FROM for a while: congestion (4.4.5) slows the account down
 * and stops nothing; a plain temporary refusal (451 4.3.0) retries that one recipient on the
 * back-off schedule. Neither is a quota. A real SMTP server and a real SQLite file; the
 * slow-down and the back-off run on a fake clock.
 */
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  fast,
  openEngine,
  recipients,
  type Harness,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { reply, startSmtpSink, type SinkScript } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { retryDelayMs } from '../queue/backoff'
import { SLOWDOWN_BASE_PAUSE_MS } from './accountSlowdown'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

async function setUp(script: SinkScript) {
  const sink = await startSmtpSink(script)
  cleanup(() => sink.close())
  const clock = new FakeClock()
  const h = closeAfterTest(cleanup, openEngine(tempDir(), { clock }))
  h.engine.start()
  const account = await addAccount(h, sink.port)
  return { h, sink, clock, accountId: account.id }
}

/** Refuses the first `n` messages at MAIL FROM with `refusal`, then accepts. */
function refuseFirst(n: number, refusal: () => Error): SinkScript {
  let left = n
  return { mail: () => (left-- > 0 ? refusal() : null) }
}

const rows = (h: Harness) =>
  h.db.prepare('SELECT state, attempts, next_attempt_at FROM deliveries ORDER BY id').all() as {
    state: string
    attempts: number
    next_attempt_at: number
  }[]

const statusOf = async (h: Harness, id: number) =>
  (await h.call<{ status: string }>('campaigns.get', { id })).status

type QueueSnapshot = { accounts: { throttledUntil: number | null; paceMs: number }[] }
const accountState = async (h: Harness) =>
  (await h.call<QueueSnapshot>('queue.snapshot')).accounts[0]!

const logKinds = async (h: Harness, campaignId: number) =>
  (await h.call<{ kind: string }[]>('log.list', { campaignId })).map((l) => l.kind)

/** The account's slow-down after `level` congestion replies, as the queue screen shows it. */
async function untilSlowedDown(h: Harness, clock: FakeClock, level: number) {
  const until = clock.now() + SLOWDOWN_BASE_PAUSE_MS * 2 ** (level - 1)
  await expect
    .poll(async () => (await accountState(h)).throttledUntil, { interval: 10 })
    .toBe(until)
  return until
}

describe('a busy server at MAIL FROM', () => {
  it('congestion (451 4.4.5) slows the account down; the campaign goes on and nobody loses an attempt', async () => {
    const { h, sink, clock, accountId } = await setUp(
      refuseFirst(2, () => reply(451, '4.4.5 Mail system congestion, try again later')),
    )
    // One attempt each: a used-up attempt would fail the recipient at once.
    const campaign = await createCampaign(h, accountId, recipients(3), {
      ...fast,
      concurrency: 1,
      maxAttempts: 1,
    })
    await h.call('campaigns.start', { id: campaign.id })

    const firstPause = await untilSlowedDown(h, clock, 1)
    expect(await statusOf(h, campaign.id)).toBe('sending')
    const slowedPace = (await accountState(h)).paceMs
    expect(slowedPace).toBeGreaterThan(0) // the campaign's delay is 0: any pace is a slow-down
    expect(rows(h).map((r) => [r.state, r.attempts])).toEqual([
      ['queued', 0],
      ['queued', 0],
      ['queued', 0],
    ])

    clock.advanceTo(firstPause)
    const secondPause = await untilSlowedDown(h, clock, 2)
    expect(await statusOf(h, campaign.id)).toBe('sending')
    expect((await accountState(h)).paceMs).toBe(2 * slowedPace) // the rate halved again
    expect(sink.received).toHaveLength(0)

    clock.advanceTo(secondPause)
    for (let sent = 1; sent <= 3; sent++) {
      await expect.poll(() => sink.received.length, { interval: 10 }).toBe(sent)
      clock.advance(2 * slowedPace) // the slowed pace between two sends
    }
    await expect.poll(() => statusOf(h, campaign.id), { interval: 10 }).toBe('completed')

    expect(rows(h).map((r) => [r.state, r.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
      ['sent', 1],
    ])
    for (const { email } of recipients(3)) expect(sink.countTo(email)).toBe(1)
    const kinds = await logKinds(h, campaign.id)
    expect(kinds).not.toContain('campaign.paused')
    expect(kinds.filter((k) => k === 'account.throttled')).toHaveLength(2)
  })

  it('a temporary refusal (451 4.3.0) retries that recipient only, on the back-off schedule', async () => {
    const { h, sink, clock, accountId } = await setUp(
      refuseFirst(1, () => reply(451, '4.3.0 Temporary local problem, try again later')),
    )
    const backoffMs = 10 * 60_000
    const campaign = await createCampaign(h, accountId, recipients(3), {
      ...fast,
      concurrency: 1,
      backoffMs,
    })
    const refusedAt = clock.now()
    await h.call('campaigns.start', { id: campaign.id })

    // The others go at once; the refused one waits for its retry.
    await expect.poll(() => sink.received.length, { interval: 10 }).toBe(2)
    await expect.poll(() => rows(h)[0]?.state, { interval: 10 }).toBe('retrying')
    const [first] = rows(h)
    expect(first).toEqual({
      state: 'retrying',
      attempts: 1,
      next_attempt_at: refusedAt + retryDelayMs(backoffMs, 1, () => 0.5),
    })
    expect(sink.countTo('r0@example.test')).toBe(0)
    expect(await statusOf(h, campaign.id)).toBe('sending')
    expect(await accountState(h)).toMatchObject({ throttledUntil: null, paceMs: 0 })

    clock.advanceTo(first!.next_attempt_at)
    await expect.poll(() => statusOf(h, campaign.id), { interval: 10 }).toBe('completed')
    expect(rows(h).map((r) => [r.state, r.attempts])).toEqual([
      ['sent', 2],
      ['sent', 1],
      ['sent', 1],
    ])
    for (const { email } of recipients(3)) expect(sink.countTo(email)).toBe(1)
    const kinds = await logKinds(h, campaign.id)
    expect(kinds).not.toContain('campaign.paused')
    expect(kinds).not.toContain('account.throttled')
    expect(kinds.filter((k) => k === 'delivery.retrying')).toHaveLength(1)
  })
})
