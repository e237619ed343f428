/**
 * The sender end to end: a real SQLite file, a real SMTP server on 127.0.0.1, short
 * configured delays and timeouts instead of sleeps. The invariant is checked after each test.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import {
  addAccount,
  checkInvariants,
  createCampaign,
  fast,
  openEngine,
  recipients,
  waitForStatus,
  waitForStatusEvent,
  type Harness,
} from '@test/support/engineHarness'
import { reply, startSmtpSink } from '@test/support/smtpSink'

const tempDir = useTempDir()
vi.setConfig({ testTimeout: 30_000 })
const open: Harness[] = []
const sinks: { close(): Promise<void> }[] = []

async function setup(script: Parameters<typeof startSmtpSink>[0] = {}, tuning = {}) {
  const dir = tempDir()
  const sink = await startSmtpSink(script)
  sinks.push(sink)
  const h = openEngine(dir, tuning)
  open.push(h)
  h.engine.start()
  const account = await addAccount(h, sink.port, script.auth)
  return { dir, sink, h, account }
}

afterEach(async () => {
  for (const h of open.splice(0)) {
    await h.engine.stop(2000)
    checkInvariants(h.db)
    h.db.close()
  }
  for (const s of sinks.splice(0)) await s.close()
})

type Row = {
  email: string
  state: string
  attempts: number
  message_id: string
  last_code: number | null
}
const rows = (h: Harness, campaignId: number) =>
  h.db
    .prepare(
      `SELECT r.email, d.state, d.attempts, d.message_id, d.last_code FROM deliveries d
       JOIN recipients r ON r.id = d.recipient_id WHERE d.campaign_id = ? ORDER BY d.id`,
    )
    .all(campaignId) as Row[]

describe('a campaign to a local SMTP server', () => {
  it('sends every recipient exactly once with its Message-ID, completes, and logs each send', async () => {
    const { h, sink, account } = await setup()
    const campaign = await createCampaign(h, account.id, recipients(40))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')

    const sent = rows(h, campaign.id)
    expect(sent.every((r) => r.state === 'sent' && r.attempts === 1 && r.last_code === 250)).toBe(
      true,
    )
    expect(sink.received).toHaveLength(40)
    expect(new Set(sink.received.map((m) => m.to)).size).toBe(40)
    for (const r of sent)
      expect(sink.received.find((m) => m.to === r.email)?.messageId).toBe(r.message_id)
    expect(sink.received[0]!.raw).toMatch(/Subject: Hello R\d+/)

    const final = await h.call<{
      completedAt: number
      progress: { percent: number; sent: number }
    }>('campaigns.get', { id: campaign.id })
    expect(final.completedAt).toBeGreaterThan(0)
    expect(final.progress).toMatchObject({ percent: 100, sent: 40 })
    await waitForStatusEvent(h, campaign.id, 'completed')
    const progress = h.events.filter((e) => e.name === 'campaign.progress')
    expect(progress.at(-1)?.payload).toMatchObject({
      status: 'completed',
      isCompleted: true,
      pending: 0,
    })

    const log = await h.call<{ message: string }[]>('log.list', {
      campaignId: campaign.id,
      limit: 1000,
    })
    expect(log.filter((l) => l.message === 'Campaign email sent')).toHaveLength(40)
    expect(log[0]!.message).toBe('Campaign completed') // newest first
  })

  it('fails a missing mailbox at once and suppresses it; retries a 451 until attempts run out', async () => {
    const { h, sink, account } = await setup({
      rcpt: (to) =>
        to === 'gone@example.test'
          ? reply(550, '5.1.1 <gone@example.test>: user unknown')
          : to === 'busy@example.test'
            ? reply(451, '4.3.0 Try again')
            : null,
    })
    const list = [
      ...recipients(5),
      { email: 'gone@example.test', data: { name: 'Gone' } },
      { email: 'busy@example.test', data: { name: 'Busy' } },
    ]
    const campaign = await createCampaign(h, account.id, list, { ...fast, maxAttempts: 3 })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')

    const byEmail = Object.fromEntries(rows(h, campaign.id).map((r) => [r.email, r]))
    expect(byEmail['gone@example.test']).toMatchObject({
      state: 'failed',
      attempts: 1,
      last_code: 550,
    })
    expect(byEmail['busy@example.test']).toMatchObject({
      state: 'failed',
      attempts: 3,
      last_code: 451,
    })
    expect(sink.received).toHaveLength(5)
    const suppressed = h.db.prepare('SELECT email FROM suppressions').pluck().all()
    expect(suppressed).toEqual(['gone@example.test'])

    const failed = await h.call<{ email: string; lastCode: number; lastResponse: string }[]>(
      'deliveries.list',
      { campaignId: campaign.id, state: 'failed' },
    )
    expect(failed.map((f) => f.email).sort()).toEqual(['busy@example.test', 'gone@example.test'])
    expect(failed.find((f) => f.email === 'gone@example.test')?.lastResponse).toContain(
      'user unknown',
    )

    // A later campaign skips the suppressed address.
    const next = await createCampaign(h, account.id, [
      { email: 'gone@example.test', data: { name: 'Gone' } },
      { email: 'ok@example.test', data: { name: 'Ok' } },
    ])
    await h.call('campaigns.start', { id: next.id })
    await waitForStatus(h, next.id, 'completed')
    expect(rows(h, next.id).map((r) => r.state)).toEqual(['skipped', 'sent'])
  })

  it('spaces retries by the backoff schedule', async () => {
    let tries: number[] = []
    const { h, account } = await setup({
      rcpt: () => {
        tries.push(Date.now())
        return reply(451, '4.3.0 Try again')
      },
    })
    tries = []
    const campaign = await createCampaign(
      h,
      account.id,
      [{ email: 'a@example.test', data: { name: 'A' } }],
      {
        ...fast,
        maxAttempts: 3,
        backoffMs: 200,
      },
    )
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(tries).toHaveLength(3)
    // random() is 0.5 in the harness: 150 ms then 300 ms (equal jitter on 200 and 400).
    expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(150)
    expect(tries[2]! - tries[1]!).toBeGreaterThanOrEqual(300)
  })

  it('slows the account on 421 without using up anyone’s attempts', async () => {
    let refusals = 2
    const { h, sink, account } = await setup(
      { rcpt: () => (refusals-- > 0 ? reply(421, '4.7.0 Too many connections, slow down') : null) },
      { slowdownBasePauseMs: 100 },
    )
    const campaign = await createCampaign(h, account.id, recipients(4), {
      ...fast,
      concurrency: 1,
      maxAttempts: 1,
    })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(rows(h, campaign.id).map((r) => [r.state, r.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
      ['sent', 1],
      ['sent', 1],
    ])
    expect(sink.received).toHaveLength(4)
    const log = await h.call<{ kind: string }[]>('log.list', { campaignId: campaign.id })
    expect(log.filter((l) => l.kind === 'account.throttled')).toHaveLength(2)
  })

  it('stops the campaign on a wrong password and fails no one', async () => {
    const dir = tempDir()
    const sink = await startSmtpSink({ auth: { user: 'ann', pass: 'right' } })
    sinks.push(sink)
    const h = openEngine(dir)
    open.push(h)
    h.engine.start()
    const account = await addAccount(h, sink.port, { user: 'ann', pass: 'wrong' })
    const campaign = await createCampaign(h, account.id, recipients(5))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'paused')
    const c = await h.call<{ statusReason: string; statusDetail: string }>('campaigns.get', {
      id: campaign.id,
    })
    expect(c.statusReason).toBe('account')
    expect(c.statusDetail).toContain('535')
    // The other connection's attempt may still be finishing: it is given back too.
    await expect
      .poll(() => rows(h, campaign.id).every((r) => r.state === 'queued' && r.attempts === 0))
      .toBe(true)
    expect(sink.received).toHaveLength(0)
  })

  it('pauses, resumes and cancels; cancelled rows stay visible', async () => {
    const { h, sink, account } = await setup()
    const campaign = await createCampaign(h, account.id, recipients(30), {
      ...fast,
      delayMs: 40,
      concurrency: 1,
    })
    await h.call('campaigns.start', { id: campaign.id })
    await expect.poll(() => sink.received.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(3)
    await h.call('campaigns.pause', { id: campaign.id })
    const atPause = sink.received.length
    await new Promise((r) => setTimeout(r, 300)) // long enough for several sends had it not paused
    expect(sink.received.length).toBeLessThanOrEqual(atPause + 1) // one could be in flight
    await h.call('campaigns.resume', { id: campaign.id })
    await expect.poll(() => sink.received.length, { timeout: 10_000 }).toBeGreaterThan(atPause + 2)
    await h.call('campaigns.cancel', { id: campaign.id })
    await expect // an in-flight send finishes and is recorded
      .poll(() => rows(h, campaign.id).some((r) => r.state === 'sending'))
      .toBe(false)
    const states = rows(h, campaign.id).map((r) => r.state)
    expect(states.filter((s) => s === 'cancelled').length).toBeGreaterThan(0)
    expect(states.filter((s) => s === 'sent')).toHaveLength(sink.received.length)
    expect(states.every((s) => s === 'sent' || s === 'cancelled')).toBe(true)
    const c = await h.call<{ status: string; cancelledAt: number }>('campaigns.get', {
      id: campaign.id,
    })
    expect(c.status).toBe('cancelled')
    expect(c.cancelledAt).toBeGreaterThan(0)
  })

  it('a send given back after the campaign was cancelled is cancelled, not queued again', async () => {
    let release = () => {}
    const stalled = new Promise<void>((resolve) => (release = resolve))
    const { h, account } = await setup({
      stallRcpt: () => stalled,
      rcpt: () => reply(421, '4.7.0 Too busy, come back later'), // not this recipient's fault
    })
    const campaign = await createCampaign(h, account.id, recipients(2), {
      ...fast,
      concurrency: 1,
    })
    await h.call('campaigns.start', { id: campaign.id })
    await expect.poll(() => rows(h, campaign.id).map((r) => r.state)).toEqual(['sending', 'queued'])
    await h.call('campaigns.cancel', { id: campaign.id })
    release() // the server answers the send in flight: the row goes back
    await expect
      .poll(() => rows(h, campaign.id).map((r) => r.state))
      .toEqual(['cancelled', 'cancelled'])
    const c = await h.call<{ progress: { pending: number; cancelled: number } }>('campaigns.get', {
      id: campaign.id,
    })
    expect(c.progress).toMatchObject({ pending: 0, cancelled: 2 })
  })

  it('never beats the delay, however many connections', async () => {
    const { h, sink, account } = await setup()
    const campaign = await createCampaign(h, account.id, recipients(6), {
      ...fast,
      delayMs: 100,
      concurrency: 3,
    })
    const began = Date.now()
    await h.call('campaigns.start', { id: campaign.id })
    await expect.poll(() => sink.received.length, { timeout: 10_000, interval: 5 }).toBe(6)
    // Six starts spaced by at least 100 ms: the last cannot begin before 500 ms.
    expect(Date.now() - began).toBeGreaterThanOrEqual(500)
  })

  it('refuses to start when a recipient’s data misses a template variable, naming the rows', async () => {
    const { h, sink, account } = await setup()
    const campaign = await createCampaign(h, account.id, [
      { email: 'named@example.test', data: { name: 'Ann' } },
      { email: 'nameless@example.test' },
    ])
    const reply = await h.engine.dispatch('campaigns.start', { id: campaign.id })
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('"name"'),
        details: {
          ok: false,
          errors: [
            { part: 'subject', variable: 'name', rows: 1, examples: ['nameless@example.test'] },
          ],
        },
      },
    })
    const c = await h.call<{ status: string }>('campaigns.get', { id: campaign.id })
    expect(c.status).toBe('draft')
    expect(h.db.prepare('SELECT count(*) FROM deliveries').pluck().get()).toBe(0)
    expect(sink.received).toHaveLength(0)
  })

  it('retries failed sends on request: the completed campaign sends again', async () => {
    let refuse = true
    const { h, sink, account } = await setup({
      rcpt: (to) => (refuse && to === 'r1@example.test' ? reply(550, '5.7.1 Rejected') : null),
    })
    const campaign = await createCampaign(h, account.id, recipients(3))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    refuse = false
    expect(await h.call('failed.retry', { campaignId: campaign.id })).toEqual({ count: 1 })
    await waitForStatus(h, campaign.id, 'completed')
    expect(rows(h, campaign.id).map((r) => r.state)).toEqual(['sent', 'sent', 'sent'])
    expect(sink.countTo('r1@example.test')).toBe(1)
  })

  it('sends nothing of a cancelled campaign again: a retry is refused and the rows stay', async () => {
    const { h, sink, account } = await setup({
      rcpt: (to) => (to === 'r0@example.test' ? reply(550, '5.7.1 Rejected') : null),
    })
    const campaign = await createCampaign(h, account.id, recipients(3), {
      ...fast,
      concurrency: 1,
      delayMs: 60_000,
    })
    await h.call('campaigns.start', { id: campaign.id })
    // r0 is refused at once; the minute's pace holds r1 and r2 back while the user cancels.
    await expect.poll(() => rows(h, campaign.id)[0]!.state).toBe('failed')
    await h.call('campaigns.cancel', { id: campaign.id })
    const refused = await h.engine.dispatch('failed.retry', { campaignId: campaign.id })
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'campaign.cancelledNoRequeue' },
    })
    expect(rows(h, campaign.id).map((r) => r.state)).toEqual(['failed', 'cancelled', 'cancelled'])
    expect((await h.call<{ status: string }>('campaigns.get', { id: campaign.id })).status).toBe(
      'cancelled',
    )
    expect(sink.countTo('r0@example.test')).toBe(0)
  })

  it('never retries an address the do-not-send list holds, and says so', async () => {
    const rcpts: string[] = []
    const { h, account } = await setup({
      rcpt: (to) => {
        rcpts.push(to)
        if (to === 'r0@example.test') return reply(550, '5.1.1 No such user') // suppressed
        if (to === 'r1@example.test' && rcpts.length < 4) return reply(550, '5.7.1 Rejected')
        return null
      },
    })
    const campaign = await createCampaign(h, account.id, recipients(3))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    const failed = await h.call<{ id: number; email: string }[]>('deliveries.list', {
      campaignId: campaign.id,
      state: 'failed',
    })
    const gone = failed.find((d) => d.email === 'r0@example.test')

    const one = await h.engine.dispatch('failed.retry', {
      campaignId: campaign.id,
      deliveryId: gone!.id,
    })
    expect(one).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'delivery.suppressed', params: { count: 1 } },
    })
    // All: only the address that is not on the list goes again.
    expect(await h.call('failed.retry', { campaignId: campaign.id })).toEqual({ count: 1 })
    await waitForStatus(h, campaign.id, 'completed')
    expect(rows(h, campaign.id).map((r) => r.state)).toEqual(['failed', 'sent', 'sent'])
    expect(rcpts.filter((to) => to === 'r0@example.test')).toHaveLength(1)
  })

  it('completes a campaign with nothing to send, every recipient on the do-not-send list', async () => {
    const { h, sink, account } = await setup()
    await h.call('suppressions.add', { emails: ['gone@example.test'] })
    const campaign = await createCampaign(h, account.id, [
      { email: 'gone@example.test', data: { name: 'Gone' } },
    ])
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed', 5000)

    const final = await h.call<{ completedAt: number | null; progress: object }>('campaigns.get', {
      id: campaign.id,
    })
    expect(final.completedAt).not.toBeNull()
    const done = { status: 'completed', isCompleted: true, skipped: 1, pending: 0, percent: 100 }
    expect(final.progress).toMatchObject(done)
    // The usual completion: its progress event, its line in the log and on the timeline.
    await waitForStatusEvent(h, campaign.id, 'completed')
    const progress = h.events.filter((e) => e.name === 'campaign.progress')
    expect(progress.at(-1)?.payload).toMatchObject(done)
    const log = await h.call<{ kind: string }[]>('log.list', { campaignId: campaign.id })
    expect(log[0]).toMatchObject({ kind: 'campaign.completed' })
    const activity = await h.call<{ timeline: { kind: string }[] }>('campaigns.activity', {
      id: campaign.id,
    })
    expect(activity.timeline.map((t) => t.kind)).toEqual([
      'campaign.sending',
      'campaign.started',
      'campaign.completed',
    ])
    expect(sink.received).toHaveLength(0)
    // Finished: it may be deleted, and then so may its account.
    expect(await h.call('campaigns.delete', { id: campaign.id })).toEqual({ count: 1 })
    expect(await h.call('accounts.delete', { id: account.id })).toEqual({ count: 1 })
  })

  it('clears failed sends from the list while the counts keep them', async () => {
    const { h, account } = await setup({ rcpt: () => reply(550, '5.7.1 Rejected') })
    const campaign = await createCampaign(h, account.id, recipients(2))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(await h.call('failed.clear', { campaignId: campaign.id })).toEqual({ count: 2 })
    expect(await h.call('deliveries.list', { campaignId: campaign.id, state: 'failed' })).toEqual(
      [],
    )
    const c = await h.call<{ progress: { failed: number } }>('campaigns.get', { id: campaign.id })
    expect(c.progress.failed).toBe(2)
  })
})

describe('progress events', () => {
  it('come at most every 100 ms while sending and end with the final snapshot', async () => {
    const { h, account } = await setup()
    const campaign = await createCampaign(h, account.id, recipients(300), {
      ...fast,
      concurrency: 4,
    })
    const times: number[] = []
    h.engine.events.subscribe((m) => {
      if (m.name === 'campaign.progress' && m.payload.status === 'sending') times.push(Date.now())
    })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    const gaps = times.slice(2).map((t, i) => t - times[i + 1]!) // the first is the start's own push
    expect(gaps.every((g) => g >= 95)).toBe(true)
    await waitForStatusEvent(h, campaign.id, 'completed')
    const last = h.events.filter((e) => e.name === 'campaign.progress').at(-1)!.payload
    expect(last).toMatchObject({ status: 'completed', sent: 300, pending: 0, percent: 100 })
  })

  it('carry the rate (emails in the last minute) and, while sending, the time left', async () => {
    const { h, account } = await setup()
    const campaign = await createCampaign(h, account.id, recipients(30), {
      ...fast,
      concurrency: 2,
    })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    const snapshots = h.events.flatMap((e) => (e.name === 'campaign.progress' ? [e.payload] : []))
    const midway = snapshots.filter((p) => p.status === 'sending' && p.sent > 0 && p.pending > 0)
    expect(midway.length).toBeGreaterThan(0)
    for (const p of midway) {
      // All went out within the last minute; the other connection's latest may not be counted yet.
      expect(p.ratePerMinute).toBeLessThanOrEqual(p.sent)
      expect(p.ratePerMinute).toBeGreaterThanOrEqual(Math.max(1, p.sent - 2))
      expect(p.etaMs).toBe(Math.round((p.pending / p.ratePerMinute) * 60_000))
    }
    expect(snapshots.at(-1)).toMatchObject({ status: 'completed', ratePerMinute: 30, etaMs: null })
  })
})
