/**
 * Sending held for the whole app (the computer sleeps, the network is gone): no attempt is used
 * up, nothing is left `sending`, campaigns keep their status and go on by themselves when the
 * last reason is released. A real SMTP server and a real SQLite file; the hold's grace runs on
 * a fake clock.
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
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { startSmtpSink, type SinkScript } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { claimDeliveries } from '../db/deliveries'
import { HOLD_GRACE_MS } from './sender'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

/** A promise the test opens when it wants; opened anyway after the test. */
function gate() {
  let open!: () => void
  const promise = new Promise<void>((resolve) => (open = resolve))
  cleanup(open)
  return { promise, open }
}

async function setUp(script: SinkScript = {}) {
  const sink = await startSmtpSink(script)
  cleanup(() => sink.close())
  const clock = new FakeClock()
  const h = closeAfterTest(cleanup, openEngine(tempDir(), { clock }))
  const account = await addAccount(h, sink.port)
  return { h, sink, clock, accountId: account.id }
}

const rows = (h: Harness) =>
  h.db.prepare('SELECT state, attempts FROM deliveries ORDER BY id').all() as {
    state: string
    attempts: number
  }[]

const statusOf = async (h: Harness, id: number) =>
  (await h.call<{ status: string }>('campaigns.get', { id })).status

const statusEvents = (h: Harness) =>
  h.events.filter((e) => e.name === 'engine.status').map((e) => e.payload)

/** A short real pause: the only way to see that nothing more happens. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150))

/** Holds while one send waits for the server, and lets the fake clock pass the grace. */
async function holdDuringStall(h: Harness, clock: FakeClock, stalled: { reached: boolean }) {
  await expect.poll(() => stalled.reached, { interval: 5 }).toBe(true)
  const held = h.engine.hold('suspend')
  clock.advance(HOLD_GRACE_MS)
  await held
}

describe('sending held', () => {
  it('a send cut before the body went out goes back without using an attempt', async () => {
    const slow = gate()
    const stalled = { reached: false }
    const { h, sink, clock, accountId } = await setUp({
      stallRcpt: (to) => {
        if (to !== 'r1@example.test' || stalled.reached) return
        stalled.reached = true
        return slow.promise // the server sits on RCPT until after the hold
      },
    })
    h.engine.start()
    const campaign = await createCampaign(h, accountId, recipients(3), { ...fast, concurrency: 1 })
    await h.call('campaigns.start', { id: campaign.id })

    await holdDuringStall(h, clock, stalled)
    expect(rows(h)).toEqual([
      { state: 'sent', attempts: 1 },
      { state: 'queued', attempts: 0 },
      { state: 'queued', attempts: 0 },
    ])
    expect(await statusOf(h, campaign.id)).toBe('sending')
    await settle()
    expect(sink.received).toHaveLength(1)

    slow.open()
    await h.engine.release('suspend')
    await waitForStatus(h, campaign.id, 'completed')
    for (const r of recipients(3)) expect(sink.countTo(r.email)).toBe(1)
    expect(rows(h).every((r) => r.state === 'sent' && r.attempts === 1)).toBe(true)
  })

  it('a send that finishes within the grace is recorded as sent', async () => {
    const slow = gate()
    const stalled = { reached: false }
    const { h, sink, clock, accountId } = await setUp({
      stallRcpt: () => {
        if (stalled.reached) return
        stalled.reached = true
        return slow.promise
      },
    })
    h.engine.start()
    const campaign = await createCampaign(h, accountId, recipients(2), { ...fast, concurrency: 1 })
    await h.call('campaigns.start', { id: campaign.id })
    await expect.poll(() => stalled.reached, { interval: 5 }).toBe(true)

    const held = h.engine.hold('offline')
    slow.open() // the server answers before the grace is over
    await expect.poll(() => sink.received.length, { interval: 5 }).toBe(1)
    clock.advance(HOLD_GRACE_MS)
    await held
    expect(rows(h)).toEqual([
      { state: 'sent', attempts: 1 },
      { state: 'queued', attempts: 0 },
    ])
  })

  it('a send cut after the body went out is uncertain and never resent', async () => {
    const slow = gate()
    const stalled = { reached: false }
    const { h, sink, clock, accountId } = await setUp({
      stallData: (to) => {
        if (to !== 'r0@example.test' || stalled.reached) return
        stalled.reached = true
        return slow.promise // the body is in, the reply is not
      },
    })
    h.engine.start()
    const campaign = await createCampaign(h, accountId, recipients(2), { ...fast, concurrency: 1 })
    await h.call('campaigns.start', { id: campaign.id })

    await holdDuringStall(h, clock, stalled)
    expect(rows(h)).toEqual([
      { state: 'uncertain', attempts: 1 },
      { state: 'queued', attempts: 0 },
    ])

    await h.engine.release('suspend')
    await waitForStatus(h, campaign.id, 'completed')
    slow.open()
    expect(rows(h).map((r) => r.state)).toEqual(['uncertain', 'sent'])
    expect(sink.countTo('r1@example.test')).toBe(1)
  })

  it('a retrying row on its last attempt is given back, not failed', async () => {
    const slow = gate()
    const stalled = { reached: false }
    let refusals = 0
    const { h, clock, accountId } = await setUp({
      rcpt: () =>
        refusals++ === 0 ? Object.assign(new Error('try later'), { responseCode: 451 }) : null,
      stallRcpt: () => {
        if (refusals === 0 || stalled.reached) return
        stalled.reached = true
        return slow.promise
      },
    })
    h.engine.start()
    const campaign = await createCampaign(h, accountId, recipients(1), {
      ...fast,
      maxAttempts: 2,
      concurrency: 1,
    })
    await h.call('campaigns.start', { id: campaign.id })

    await holdDuringStall(h, clock, stalled)
    expect(rows(h)).toEqual([{ state: 'retrying', attempts: 1 }])
    slow.open()
    await h.engine.release('suspend')
    await waitForStatus(h, campaign.id, 'completed')
    expect(rows(h)).toEqual([{ state: 'sent', attempts: 2 }])
  })

  it('two reasons need two releases; the same reason twice needs one', async () => {
    const { h, sink, accountId } = await setUp()
    h.engine.start()
    await h.engine.hold('suspend')
    await h.engine.hold('offline')
    await h.engine.hold('offline')
    const campaign = await createCampaign(h, accountId, recipients(3))
    await h.call('campaigns.start', { id: campaign.id })

    await h.engine.release('suspend')
    await settle()
    expect(sink.received).toHaveLength(0)
    expect(await statusOf(h, campaign.id)).toBe('sending')
    expect(await h.call('engine.status')).toMatchObject({ held: ['offline'] })

    await h.engine.release('offline')
    await waitForStatus(h, campaign.id, 'completed')
    expect(sink.received).toHaveLength(3)
  })

  it('a hold outlives stop and comes before start; release after a restart resumes', async () => {
    const slow = gate()
    const stalled = { reached: false }
    const { h, sink, clock, accountId } = await setUp({
      stallRcpt: (to) => {
        if (to !== 'r0@example.test' || stalled.reached) return
        stalled.reached = true
        return slow.promise
      },
    })
    h.engine.start()
    const campaign = await createCampaign(h, accountId, recipients(2), { ...fast, concurrency: 1 })
    await h.call('campaigns.start', { id: campaign.id })
    await holdDuringStall(h, clock, stalled)
    slow.open()

    await h.engine.stop(1000) // nothing in flight: no grace to wait for
    h.engine.start()
    await settle()
    expect(sink.received).toHaveLength(0)
    expect(rows(h)).toEqual([
      { state: 'queued', attempts: 0 },
      { state: 'queued', attempts: 0 },
    ])
    expect(await h.call('engine.status')).toMatchObject({ held: ['suspend'] })

    await h.engine.release('suspend')
    await waitForStatus(h, campaign.id, 'completed')
    expect(sink.received).toHaveLength(2)
  })

  it('stopping the engine cuts a stalled send without using its attempt', async () => {
    const slow = gate()
    const stalled = { reached: false }
    const { h, clock, accountId } = await setUp({
      stallRcpt: () => {
        if (stalled.reached) return
        stalled.reached = true
        return slow.promise
      },
    })
    h.engine.start()
    const campaign = await createCampaign(h, accountId, recipients(1), { ...fast, maxAttempts: 1 })
    await h.call('campaigns.start', { id: campaign.id })
    await expect.poll(() => stalled.reached, { interval: 5 }).toBe(true)
    const stopped = h.engine.stop(5000)
    clock.advance(5000)
    await stopped
    expect(rows(h)).toEqual([{ state: 'queued', attempts: 0 }])
  })
})

describe('engine.status', () => {
  it('says what is held since when, pushes every change and logs it', async () => {
    const { h, clock } = await setUp()
    h.engine.start()
    expect(await h.call('engine.status')).toEqual({ held: [], heldSince: null, recovered: [] })

    const since = clock.now()
    await h.engine.hold('offline')
    clock.advance(1000)
    await h.engine.hold('suspend')
    await h.engine.hold('suspend') // no change, no event
    expect(await h.call('engine.status')).toEqual({
      held: ['suspend', 'offline'],
      heldSince: since,
      recovered: [],
    })
    await h.engine.release('offline')
    await h.engine.release('suspend')
    await h.engine.release('suspend')
    expect(statusEvents(h)).toEqual([
      { held: ['offline'], heldSince: since, recovered: [] },
      { held: ['suspend', 'offline'], heldSince: since, recovered: [] },
      { held: ['suspend'], heldSince: since, recovered: [] },
      { held: [], heldSince: null, recovered: [] },
    ])
    const log = await h.call<{ kind: string; message: string; params: { variant?: string } }[]>(
      'log.list',
      {},
    )
    expect(log.map((l) => l.message).reverse()).toEqual([
      'Sending held while there is no network',
      'Sending held while the computer sleeps',
      'The network is back; sending stays held while the computer sleeps',
      'The computer woke up: sending goes on',
    ])
    // The window words them from kind and variant (shared/logKinds.ts).
    expect(log.map((l) => `${l.kind}:${l.params.variant}`).reverse()).toEqual([
      'engine.held:offline',
      'engine.held:suspend',
      'engine.released:offlineStillHeld',
      'engine.released:suspend',
    ])
  })

  it('lists what start-up recovery found in flight, per campaign', async () => {
    const dir = tempDir()
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const first = openEngine(dir)
    const account = await addAccount(first, sink.port)
    const a = await createCampaign(first, account.id, recipients(3, 'a.test'))
    const b = await createCampaign(first, account.id, recipients(3, 'b.test'))
    for (const [campaign, n] of [
      [a, 2],
      [b, 1],
    ] as const) {
      await first.call('campaigns.start', { id: campaign.id })
      claimDeliveries(first.db, {
        campaignId: campaign.id,
        accountId: account.id,
        now: Date.now(),
        token: 'dead-worker',
        leaseUntil: Date.now() + 60_000,
        limit: n,
      })
    }
    first.db.close() // the process is gone mid-handover

    const second = closeAfterTest(cleanup, openEngine(dir))
    second.engine.start()
    const recovered = [
      { campaignId: a.id, count: 2 },
      { campaignId: b.id, count: 1 },
    ]
    expect(await second.call('engine.status')).toEqual({ held: [], heldSince: null, recovered })
    expect(statusEvents(second)).toEqual([{ held: [], heldSince: null, recovered }])
    await waitForStatus(second, b.id, 'completed')
  })
})
