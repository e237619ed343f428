/**
 * Several accounts per campaign, end to end: real SQLite file, one real SMTP server per account
 * on 127.0.0.1, a fake clock where caps are involved. Each recipient goes out through exactly
 * one account; an account that fails stops only itself; the last one to fail pauses the
 * campaign; the user's resume sends through the stopped ones again; a fixed From holds for
 * every account.
 */
import { generateKeyPairSync } from 'node:crypto'
import { simpleParser } from 'mailparser'
import { parse } from 'csv-parse/sync'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { verifyDkim } from '@test/support/dkimVerify'
import {
  closeAfterTest,
  openEngine,
  recipients,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { quiet } from '@test/support/clockedEngine'
import { FakeClock } from '@test/support/fakeClock'
import { reply, startSmtpSink, type SinkScript } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { HOUR_MS } from '../caps'
import { QUOTA_PAUSE_MS } from './sender'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()
const MINUTE = 60_000
const WRONG_LOGIN = () => reply(535, '5.7.8 Authentication credentials invalid')

type Sink = Awaited<ReturnType<typeof startSmtpSink>> & { envelopes: string[] }

/** A sink that also records each envelope sender (MAIL FROM) it accepted. */
async function sinkWith(script: SinkScript = {}): Promise<Sink> {
  const envelopes: string[] = []
  const sink = await startSmtpSink({
    ...script,
    mail: (from) => {
      const refusal = script.mail?.(from) ?? null
      if (!refusal) envelopes.push(from)
      return refusal
    },
  })
  cleanup(() => sink.close())
  return Object.assign(sink, { envelopes })
}

interface AccountProgress {
  accountId: number
  sent: number
  failed: number
  uncertain: number
  stopped: string | null
  detail: string | null
}
interface Progress {
  total: number
  sent: number
  failed: number
  uncertain: number
  pending: number
  cancelled: number
  skipped: number
  accounts: AccountProgress[]
}
type CampaignOut = { id: number; status: string; statusReason: string | null; progress: Progress }

const progressOf = async (h: Harness, id: number) =>
  (await h.call<CampaignOut>('campaigns.get', { id })).progress

const rowStates = (h: Harness) =>
  Object.fromEntries(
    (
      h.db.prepare('SELECT state, count(*) AS n FROM deliveries GROUP BY state').all() as {
        state: string
        n: number
      }[]
    ).map((r) => [r.state, r.n]),
  )

const linesOf = (h: Harness, kind: string) =>
  (
    h.db.prepare('SELECT params FROM event_log WHERE kind = ? ORDER BY id').all(kind) as {
      params: string
    }[]
  ).map((r) => JSON.parse(r.params) as Record<string, unknown>)

async function engine(clock?: FakeClock) {
  const h = closeAfterTest(cleanup, openEngine(tempDir(), clock ? { clock } : {}))
  h.engine.start()
  return h
}

async function account(
  h: Harness,
  name: string,
  sink: Sink,
  extra: { hourlyCap?: number; dkim?: object; warmup?: object } = {},
) {
  const created = await h.call<{ id: number }>('accounts.create', {
    name,
    host: '127.0.0.1',
    port: sink.port,
    security: 'none',
    fromName: name,
    fromEmail: `news@${name.toLowerCase()}.example`,
    ...extra,
  })
  return created.id
}

async function campaign(
  h: Harness,
  accountIds: number[],
  n: number,
  policy?: object,
  domain = 'example.test',
) {
  return h.call<CampaignOut>('campaigns.create', {
    name: 'Rotation',
    accountId: accountIds[0],
    accountIds,
    ...(policy && { policy }),
    subject: 'Hello {{name}}',
    html: '<p>Hi {{name}}</p>',
    settings: { delayMs: 0, concurrency: 2, maxAttempts: 3, backoffMs: 0, timeoutMs: 5000 },
    recipients: recipients(n, domain),
  })
}

/** Nothing more moves: `sent` reached, nothing in flight. */
async function settledAt(h: Harness, sent: number) {
  await expect.poll(() => rowStates(h).sent ?? 0, { interval: 10 }).toBe(sent)
  await expect.poll(() => rowStates(h).sending ?? 0, { interval: 10 }).toBe(0)
}

/** A short real pause: the only way to see that nothing more happens. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150))

describe('several accounts per campaign', () => {
  it('split one campaign, each within its caps; one failing stops alone, no one is sent twice or lost', async () => {
    let cMails = 0
    const sinks = {
      A: await sinkWith(),
      B: await sinkWith(),
      // C takes four messages, then answers every MAIL FROM as a wrong password would.
      C: await sinkWith({ mail: () => (++cMails > 4 ? WRONG_LOGIN() : null) }),
    }
    const clock = new FakeClock()
    const h = await engine(clock)
    const caps = { A: 6, B: 9 }
    const ids = {
      A: await account(h, 'A', sinks.A, { hourlyCap: caps.A }),
      B: await account(h, 'B', sinks.B, { hourlyCap: caps.B }),
      C: await account(h, 'C', sinks.C, { hourlyCap: 20 }),
    }
    const total = 40
    const { id } = await campaign(h, [ids.A, ids.B, ids.C], total)
    await h.call('campaigns.start', { id })

    // The first hour: A and B up to their caps, C four, then C stops; nothing pauses.
    await settledAt(h, caps.A + caps.B + 4)
    await expect
      .poll(async () => (await progressOf(h, id)).accounts.find((a) => a.accountId === ids.C))
      .toMatchObject({ stopped: 'account', detail: expect.stringContaining('5.7.8') })
    await settle()
    expect(rowStates(h)).toEqual({ sent: 19, queued: 21 })
    // The rows C gave back cost no attempt.
    expect(
      h.db.prepare("SELECT max(attempts) FROM deliveries WHERE state = 'queued'").pluck().get(),
    ).toBe(0)
    expect((await h.call<CampaignOut>('campaigns.get', { id })).status).toBe('sending')
    const counts = () => ({ A: sinks.A.received.length, B: sinks.B.received.length })
    expect(counts()).toEqual({ A: 6, B: 9 })
    expect(sinks.C.received).toHaveLength(4)

    // Each later hour: each capped account sends at most its cap, until everyone has theirs.
    let before = counts()
    for (let hour = 1; rowStates(h).sent !== total; hour++) {
      expect(hour, 'hours to finish').toBeLessThan(4)
      clock.advance(HOUR_MS + MINUTE)
      await settledAt(h, Math.min(total, (rowStates(h).sent ?? 0) + caps.A + caps.B))
      const now = counts()
      expect(now.A - before.A).toBeLessThanOrEqual(caps.A)
      expect(now.B - before.B).toBeLessThanOrEqual(caps.B)
      before = now
    }
    await waitForStatus(h, id, 'completed')
    expect(sinks.C.received).toHaveLength(4) // a stopped account sends no more of it

    // Every recipient exactly once, across the three servers.
    const delivered = [...sinks.A.received, ...sinks.B.received, ...sinks.C.received].map(
      (m) => m.to,
    )
    expect([...delivered].sort()).toEqual(
      recipients(total)
        .map((r) => r.email)
        .sort(),
    )
    // Each through its own account: its envelope sender and its From.
    for (const [name, sink] of Object.entries(sinks)) {
      expect(new Set(sink.envelopes)).toEqual(new Set([`news@${name.toLowerCase()}.example`]))
      for (const m of sink.received) expect(m.raw).toMatch(new RegExp(`^From: ${name} <`, 'm'))
    }

    // Nothing lost: every row has one final state; the split is in the progress…
    const progress = await progressOf(h, id)
    expect(progress).toMatchObject({ total, sent: total, failed: 0, uncertain: 0, pending: 0 })
    expect(progress.accounts).toEqual([
      expect.objectContaining({ accountId: ids.A, sent: sinks.A.received.length, stopped: null }),
      expect.objectContaining({ accountId: ids.B, sent: sinks.B.received.length, stopped: null }),
      expect.objectContaining({ accountId: ids.C, sent: 4, stopped: 'account' }),
    ])
    // …in the report…
    const report = await h.call<{ csv: string }>('campaigns.report', { id })
    const rows = parse(report.csv, { bom: true, columns: true }) as Record<string, string>[]
    const byAccount = (name: string) => rows.filter((r) => r.Account === name).length
    expect([byAccount('A'), byAccount('B'), byAccount('C')]).toEqual([
      sinks.A.received.length,
      sinks.B.received.length,
      4,
    ])
    // …and in the delivery list.
    const page = await h.call<{ items: { email: string; accountId: number }[] }>(
      'deliveries.page',
      { campaignId: id },
    )
    const cAddresses = new Set(sinks.C.received.map((m) => m.to))
    expect(
      page.items
        .filter((d) => d.accountId === ids.C)
        .map((d) => d.email)
        .sort(),
    ).toEqual([...cAddresses].sort())
    // Each send counted against the caps of the account that sent it.
    const usage = h.db
      .prepare('SELECT account_id, sum(n) AS n FROM account_usage GROUP BY account_id')
      .all()
    expect(usage).toEqual(
      Object.entries(ids).map(([name, accountId]) => ({
        account_id: accountId,
        n: sinks[name as keyof typeof sinks].received.length,
      })),
    )
    // One line says C stopped (its two connections both met the refusal); the campaign never paused.
    expect(linesOf(h, 'campaign.accountStopped')).toEqual([
      { variant: 'account', name: 'C', detail: expect.stringContaining('5.7.8') },
    ])
    expect(linesOf(h, 'campaign.paused')).toEqual([])
  })

  it('the user’s resume sends through a stopped account again', async () => {
    let loginFixed = false
    const sinks = {
      A: await sinkWith(),
      B: await sinkWith({ mail: () => (loginFixed ? null : WRONG_LOGIN()) }),
    }
    const clock = new FakeClock()
    const h = await engine(clock)
    const a = await account(h, 'A', sinks.A, { hourlyCap: 2 })
    const b = await account(h, 'B', sinks.B)
    const { id } = await campaign(h, [a, b], 6)
    await h.call('campaigns.start', { id })

    await settledAt(h, 2) // A's cap; B stopped at its first try
    await expect
      .poll(async () => (await progressOf(h, id)).accounts.map((p) => p.stopped))
      .toEqual([null, 'account'])
    await settle()
    expect(rowStates(h)).toEqual({ sent: 2, queued: 4 })

    loginFixed = true // the user fixed the password…
    const resumed = await h.call<CampaignOut>('campaigns.resume', { id }) // …and resumed
    expect(resumed.progress.accounts.map((p) => p.stopped)).toEqual([null, null])
    await waitForStatus(h, id, 'completed')
    expect([sinks.A.received.length, sinks.B.received.length]).toEqual([2, 4])
    expect(linesOf(h, 'campaign.accountsResumed')).toEqual([{ count: 1 }])
  })

  it('the last account to fail pauses the campaign; a resume clears the stops', async () => {
    let fixed = false
    const script = { mail: () => (fixed ? null : WRONG_LOGIN()) }
    const sinks = [await sinkWith(script), await sinkWith(script)]
    const h = await engine()
    const a = await account(h, 'A', sinks[0]!)
    const b = await account(h, 'B', sinks[1]!)
    const { id } = await campaign(h, [a, b], 4)
    await h.call('campaigns.start', { id })

    await waitForStatus(h, id, 'paused')
    const paused = await h.call<CampaignOut>('campaigns.get', { id })
    expect(paused.statusReason).toBe('account')
    // The first to fail stepped aside; the last paused the campaign instead.
    expect(paused.progress.accounts.filter((p) => p.stopped === 'account')).toHaveLength(1)
    await expect.poll(() => rowStates(h)).toEqual({ queued: 4 })
    expect(h.db.prepare('SELECT max(attempts) FROM deliveries').pluck().get()).toBe(0)

    fixed = true
    const resumed = await h.call<CampaignOut>('campaigns.resume', { id })
    expect(resumed.progress.accounts.map((p) => p.stopped)).toEqual([null, null])
    await waitForStatus(h, id, 'completed')
    expect(sinks[0]!.received.length + sinks[1]!.received.length).toBe(4)
  })

  it('a retry after the only sending account was deleted goes through the stopped one again', async () => {
    let loginFixed = false
    let refuse = true
    const sinks = {
      A: await sinkWith({ mail: () => (loginFixed ? null : WRONG_LOGIN()) }),
      // r2 is refused for good; the rest go.
      B: await sinkWith({
        rcpt: (to) => (refuse && to === 'r2@example.test' ? reply(554, '5.7.1 Not today') : null),
      }),
    }
    const h = await engine()
    const a = await account(h, 'A', sinks.A)
    const b = await account(h, 'B', sinks.B)
    const { id } = await campaign(h, [a, b], 4)
    await h.call('campaigns.start', { id })
    await waitForStatus(h, id, 'completed')
    expect(rowStates(h)).toEqual({ sent: 3, failed: 1 })
    expect((await progressOf(h, id)).accounts.map((p) => p.stopped)).toEqual(['account', null])

    // B is gone (its campaigns are finished); A's password is fixed; the user retries r2.
    expect(await h.call('accounts.delete', { id: b })).toEqual({ count: 1 })
    loginFixed = true
    refuse = false
    expect(await h.call('failed.retry', { campaignId: id, deliveryId: null })).toEqual({ count: 1 })
    await waitForStatus(h, id, 'completed')
    expect(sinks.A.received.map((m) => m.to)).toEqual(['r2@example.test'])
    expect((await progressOf(h, id)).accounts).toEqual([
      expect.objectContaining({ accountId: a, sent: 1, stopped: null }),
      expect.objectContaining({ accountId: b, sent: 3, failed: 0 }),
    ])
  })

  it('a used-up quota holds only that account; the others finish the campaign', async () => {
    const sinks = {
      A: await sinkWith({ rcpt: () => reply(550, '5.4.5 Daily user sending quota exceeded') }),
      B: await sinkWith(),
    }
    const h = await engine()
    const a = await account(h, 'A', sinks.A)
    const b = await account(h, 'B', sinks.B)
    const { id } = await campaign(h, [a, b], 5)
    const before = Date.now()
    await h.call('campaigns.start', { id })

    await waitForStatus(h, id, 'completed')
    expect(sinks.B.received).toHaveLength(5)
    expect(linesOf(h, 'account.quotaReached')).toEqual([
      { name: 'A', minutes: QUOTA_PAUSE_MS / MINUTE, detail: expect.stringContaining('5.4.5') },
    ])
    expect(linesOf(h, 'campaign.paused')).toEqual([])
    // The queue screen shows the account held like a cap, for the quota's hour.
    const queue = await h.call<{ accounts: { accountId: number; cappedUntil: number | null }[] }>(
      'queue.snapshot',
    )
    expect(queue.accounts.find((q) => q.accountId === a)!.cappedUntil).toBeGreaterThanOrEqual(
      before + QUOTA_PAUSE_MS,
    )
    // The progress counts no failure: the refusal was the account's, not a recipient's.
    expect(await progressOf(h, id)).toMatchObject({ sent: 5, failed: 0 })
  })

  it('one account in two campaigns: its quota, hourly cap and warm-up hold across both', async () => {
    const start = Date.UTC(2030, 0, 1, 9, 0, 30)
    const clock = new FakeClock(start)
    let aRcpts = 0
    const sinks = {
      // From A's third message on, its quota is used up for the hour.
      A: await sinkWith({
        rcpt: () =>
          ++aRcpts >= 3 && clock.now() < start + HOUR_MS
            ? reply(550, '5.4.5 Daily sending quota exceeded')
            : null,
      }),
      B: await sinkWith(),
    }
    const h = await engine(clock)
    const warmup = { startPerDay: 6, targetPerDay: 60, days: 5, zone: 'UTC' } // 6, then 11
    const a = await account(h, 'A', sinks.A, { hourlyCap: 4, warmup })
    const b = await account(h, 'B', sinks.B, { hourlyCap: 5 })
    const shared = await campaign(h, [a, b], 30, undefined, 'shared.test')
    await h.call('campaigns.start', { id: shared.id })
    const alone = await campaign(h, [a], 6, undefined, 'alone.test')
    await h.call('campaigns.start', { id: alone.id })

    // A holds itself after the quota (the shared campaign goes on through B); the campaign only
    // A sends waits for it, without a pause.
    await expect.poll(() => linesOf(h, 'account.quotaReached')).toHaveLength(1)
    const states = async () =>
      (await h.call<CampaignOut[]>('campaigns.list')).map((c) => [c.id, c.status])
    for (let t = start; rowStates(h).sent !== 36; t += 30 * MINUTE) {
      expect(t - start, 'time to finish').toBeLessThan(24 * HOUR_MS)
      clock.jump(30 * MINUTE)
      await quiet(h)
    }
    expect(await states()).toEqual([
      [alone.id, 'completed'],
      [shared.id, 'completed'],
    ])
    expect(linesOf(h, 'campaign.paused')).toEqual([])

    // Each recipient once; A within its cap in every hour and its allowance on each UTC day.
    const delivered = [...sinks.A.received, ...sinks.B.received].map((m) => m.to)
    expect(new Set(delivered).size).toBe(36)
    const aSends = (
      h.db
        .prepare("SELECT sent_at FROM deliveries WHERE account_id = ? AND state = 'sent'")
        .pluck()
        .all(a) as number[]
    ).sort((x, y) => x - y)
    for (const at of aSends)
      expect(aSends.filter((t) => t >= at && t < at + HOUR_MS).length).toBeLessThanOrEqual(4)
    const midnight = (day: number) => Date.UTC(2030, 0, 1 + day)
    const perDay = (day: number) =>
      aSends.filter((t) => t >= midnight(day) && t < midnight(day + 1)).length
    expect(perDay(0)).toBeLessThanOrEqual(6)
    expect(perDay(1)).toBeLessThanOrEqual(11)
    // The alone campaign went through A only, and A waited out its quota's hour.
    expect(sinks.A.received.filter((m) => m.to.endsWith('@alone.test'))).toHaveLength(6)
    expect(aSends[2]! - start).toBeGreaterThanOrEqual(QUOTA_PAUSE_MS)
    expect(perDay(0) + perDay(1)).toBe(aSends.length)
  })

  it('spread over two accounts: when one stops, the other takes up its share of the pace at once', async () => {
    const sinks = { A: await sinkWith({ mail: WRONG_LOGIN }), B: await sinkWith() }
    const start = Date.UTC(2030, 0, 1, 9, 0, 30)
    const clock = new FakeClock(start)
    const h = await engine(clock)
    const a = await account(h, 'A', sinks.A)
    const b = await account(h, 'B', sinks.B)
    // Ten rows over ten hours on two accounts: two hours between two sends of each.
    const { id } = await campaign(h, [a, b], 10, { spreadMs: 10 * HOUR_MS })
    await h.call('campaigns.start', { id })
    await quiet(h)
    expect((await progressOf(h, id)).accounts.map((p) => p.stopped)).toEqual(['account', null])
    expect(sinks.B.received).toHaveLength(1)

    // B alone: about an hour between two sends now, not the two it reserved for two accounts.
    for (let t = start; t < start + 90 * MINUTE; t += 15 * MINUTE) {
      clock.jump(15 * MINUTE)
      await quiet(h)
    }
    expect(sinks.B.received).toHaveLength(2)
  })

  it('a fixed From: every message carries that account’s From and DKIM; the envelope stays the sender’s', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
    const sinks = { A: await sinkWith(), B: await sinkWith() }
    const h = await engine()
    // Three each: the caps make both accounts send.
    const a = await account(h, 'A', sinks.A, { hourlyCap: 3 })
    const b = await account(h, 'B', sinks.B, {
      hourlyCap: 3,
      dkim: { domain: 'b.example', selector: 's1', privateKey: pem },
    })
    const { id } = await campaign(h, [a, b], 6, { fromAccountId: b })
    const preview = await h.call<{ headers: { key: string; value: string }[] }>(
      'campaigns.preview',
      { id, recipientId: null },
    )
    expect(preview.headers).toContainEqual({ key: 'From', value: 'B <news@b.example>' })
    await h.call('campaigns.start', { id })
    await waitForStatus(h, id, 'completed')

    expect([sinks.A.received.length, sinks.B.received.length]).toEqual([3, 3])
    expect(new Set(sinks.A.envelopes)).toEqual(new Set(['news@a.example']))
    expect(new Set(sinks.B.envelopes)).toEqual(new Set(['news@b.example']))
    for (const m of [...sinks.A.received, ...sinks.B.received]) {
      const parsed = await simpleParser(m.raw)
      expect(parsed.from?.value).toEqual([{ name: 'B', address: 'news@b.example' }])
      expect(verifyDkim(m.raw, publicKey)).toMatchObject({ signed: true, signatureOk: true })
    }
  })
})
