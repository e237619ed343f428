/**
 * Hourly and daily caps: the sender stops claiming when one is reached (no attempt used,
 * nothing left `sending`) and goes on by itself when the rolling window allows. Time is a
 * fake clock; the SMTP server and the database are real.
 */
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  closeAfterTest,
  createCampaign,
  openEngine,
  recipients,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { DAY_MS, HOUR_MS, capFreesAt } from './caps'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()
const MINUTE = 60_000

async function cappedEngine(caps: { hourlyCap?: number; dailyCap?: number }) {
  const sink = await startSmtpSink()
  cleanup(() => sink.close())
  const clock = new FakeClock()
  const h = closeAfterTest(cleanup, openEngine(tempDir(), { clock }))
  h.engine.start()
  const form = {
    name: 'Capped',
    host: '127.0.0.1',
    port: sink.port,
    security: 'none',
    fromEmail: 'news@shop.example',
    ...caps,
  }
  const account = await h.call<{ id: number }>('accounts.create', form)
  return { h, sink, clock, form, accountId: account.id }
}

const states = (h: Harness) =>
  Object.fromEntries(
    (
      h.db.prepare('SELECT state, count(*) AS n FROM deliveries GROUP BY state').all() as {
        state: string
        n: number
      }[]
    ).map((r) => [r.state, r.n]),
  )

/** The sender has settled: capped, with nothing in flight. */
async function untilCapped(h: Harness, sent: number) {
  await expect.poll(() => states(h).sent ?? 0, { interval: 10 }).toBe(sent)
  await expect
    .poll(async () => (await h.call<QueueSnapshot>('queue.snapshot')).accounts[0]?.cappedUntil, {
      interval: 10,
    })
    .toBeTypeOf('number')
  expect(states(h).sending).toBeUndefined()
}

type QueueSnapshot = { accounts: { cappedUntil?: number | null }[] }

/** A short real pause: the only way to see that nothing more happens. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150))

describe('caps', () => {
  it('an hourly cap stops the sender without using attempts, and it resumes by itself', async () => {
    const { h, sink, clock, accountId } = await cappedEngine({ hourlyCap: 3 })
    const campaign = await createCampaign(h, accountId, recipients(5))
    await h.call('campaigns.start', { id: campaign.id })

    await untilCapped(h, 3)
    await settle()
    expect(sink.received).toHaveLength(3)
    expect(states(h)).toEqual({ sent: 3, queued: 2 })
    expect(
      h.db.prepare("SELECT max(attempts) FROM deliveries WHERE state = 'queued'").pluck().get(),
    ).toBe(0)
    const [account] =
      await h.call<{ usage: { lastHour: number; lastDay: number } }[]>('accounts.list')
    expect(account!.usage).toEqual({ lastHour: 3, lastDay: 3 })
    const snapshot = await h.call<QueueSnapshot>('queue.snapshot')
    const freesAt = snapshot.accounts[0]!.cappedUntil!
    // The minute of the three sends leaves the window once a whole hour has passed it.
    const minute = Math.floor(clock.now() / MINUTE) * MINUTE
    expect(freesAt).toBe(minute + MINUTE + HOUR_MS)
    expect((await h.call<{ status: string }>('campaigns.get', { id: campaign.id })).status).toBe(
      'sending',
    )

    clock.advanceTo(freesAt - 1)
    await settle()
    expect(sink.received).toHaveLength(3)

    clock.advanceTo(freesAt)
    await waitForStatus(h, campaign.id, 'completed')
    expect(sink.received).toHaveLength(5)
  })

  it('a daily cap counts across campaigns and holds after the hour', async () => {
    const { h, sink, clock, accountId } = await cappedEngine({ dailyCap: 4 })
    const first = await createCampaign(h, accountId, recipients(3, 'one.test'))
    const second = await createCampaign(h, accountId, recipients(3, 'two.test'))
    await h.call('campaigns.start', { id: first.id })
    await waitForStatus(h, first.id, 'completed')
    await h.call('campaigns.start', { id: second.id })

    await untilCapped(h, 4)
    clock.jump(2 * HOUR_MS)
    await settle()
    expect(sink.received).toHaveLength(4)

    clock.jump(DAY_MS)
    await waitForStatus(h, second.id, 'completed')
    expect(sink.received).toHaveLength(6)
    const [account] = await h.call<{ usage: { lastDay: number } }[]>('accounts.list')
    expect(account!.usage.lastDay).toBe(2)
  })

  it('raising the cap lets the sender go on at once', async () => {
    const { h, form, accountId } = await cappedEngine({ hourlyCap: 1 })
    const campaign = await createCampaign(h, accountId, recipients(3))
    await h.call('campaigns.start', { id: campaign.id })
    await untilCapped(h, 1)

    await h.call('accounts.update', { ...form, id: accountId, hourlyCap: null })
    await waitForStatus(h, campaign.id, 'completed')
    expect((await h.call<QueueSnapshot>('queue.snapshot')).accounts[0]!.cappedUntil).toBeNull()
  })
})

describe('capFreesAt', () => {
  const now = 1000 * MINUTE + 30_000
  it('is null while one more fits, counting sends in flight', () => {
    expect(capFreesAt([{ minute: 990, n: 2 }], 0, 3, HOUR_MS, now)).toBeNull()
    expect(capFreesAt([{ minute: 990, n: 2 }], 1, 3, HOUR_MS, now)).not.toBeNull()
  })

  it('waits for as many of the oldest minutes to leave as needed', () => {
    const buckets = [
      { minute: 950, n: 1 },
      { minute: 960, n: 2 },
      { minute: 999, n: 2 },
    ]
    expect(capFreesAt(buckets, 0, 5, HOUR_MS, now)).toBe(951 * MINUTE + HOUR_MS)
    expect(capFreesAt(buckets, 0, 3, HOUR_MS, now)).toBe(961 * MINUTE + HOUR_MS)
    // Sends in flight count from the current minute on.
    expect(capFreesAt(buckets, 3, 2, HOUR_MS, now)).toBe(1001 * MINUTE + HOUR_MS)
  })
})
