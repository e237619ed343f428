/**
 * Warm-up across simulated days: each local day (in the warm-up's zone) the account sends its
 * allowance and stops until local midnight; a day without sending does not move the ramp; a
 * restart changes nothing. Time is a fake clock; the SMTP server and the database are real.
 */
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  closeAfterTest,
  createCampaign,
  openEngine,
  recipients,
  type Harness,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import type { Account, QueueSnapshot, WarmupToday } from '@shared/contract'
import { DAY_MS } from './caps'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

/** 2, 4, 8, then 16 a day; days begin at midnight in Moscow (UTC+3, no daylight saving). */
const warmup = { startPerDay: 2, targetPerDay: 16, days: 4, zone: 'Europe/Moscow' }
/** Midnight in Moscow at the end of 2030-01-`day`. */
const moscowMidnightAfter = (day: number) => Date.UTC(2030, 0, day, 21)

const sentCount = (h: Harness) =>
  h.db.prepare("SELECT count(*) FROM deliveries WHERE state = 'sent'").pluck().get() as number

async function accountWarmup(h: Harness): Promise<WarmupToday | null> {
  const [account] = await h.call<Account[]>('accounts.list')
  return account!.warmupToday
}

/** The sender has sent `sent` in all and stopped for the day: capped, nothing in flight. */
async function untilCapped(h: Harness, sent: number) {
  await expect.poll(() => sentCount(h), { interval: 10 }).toBe(sent)
  await expect
    .poll(async () => (await h.call<QueueSnapshot>('queue.snapshot')).accounts[0]?.cappedUntil, {
      interval: 10,
    })
    .toBeTypeOf('number')
  expect(
    h.db.prepare("SELECT count(*) FROM deliveries WHERE state = 'sending'").pluck().get(),
  ).toBe(0)
}

/**
 * Moves a fake clock to `at` as a laptop waking up does: each due timer fires once (the sender
 * lock renews every few seconds: stepping through a day of them takes long).
 */
const jumpTo = (clock: FakeClock, at: number) => clock.jump(at - clock.now())

/** A short real pause: the only way to see that nothing more happens. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 150))

function open(dir: string, at: number) {
  const clock = new FakeClock(at)
  const h = openEngine(dir, { clock })
  cleanup(async () => {
    if (!h.db.open) return // closed by the test, for the restart
    await h.engine.stop(1000)
    h.db.close()
  })
  h.engine.start()
  return { h, clock }
}

describe('warm-up', () => {
  it('sends each day’s allowance, grows only after days with mail, and survives a restart', async () => {
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const dir = tempDir()
    let { h, clock } = open(dir, Date.UTC(2030, 0, 1, 9)) // 12:00 in Moscow
    const form = {
      name: 'Warming',
      host: '127.0.0.1',
      port: sink.port,
      security: 'none',
      fromEmail: 'news@shop.example',
      warmup,
    }
    const { id: accountId } = await h.call<{ id: number }>('accounts.create', form)
    const campaign = await createCampaign(h, accountId, recipients(40))
    await h.call('campaigns.start', { id: campaign.id })

    // Day 1: exactly the first allowance, then nothing until midnight in Moscow.
    await untilCapped(h, 2)
    const day1 = { day: 1, allowance: 2, sentToday: 2, nextAllowance: 4 }
    const growsAt = moscowMidnightAfter(1)
    expect(await accountWarmup(h)).toEqual({ ...day1, growsAt })
    const [queued] = (await h.call<QueueSnapshot>('queue.snapshot')).accounts
    expect(queued).toMatchObject({ cappedUntil: growsAt, warmup: { ...day1, growsAt } })
    jumpTo(clock, growsAt - 1)
    await settle()
    expect(sink.received).toHaveLength(2)

    // Day 2: the larger allowance.
    clock.advanceTo(growsAt)
    await untilCapped(h, 6)
    await settle()
    expect(sink.received).toHaveLength(6)
    expect(await accountWarmup(h)).toEqual({
      day: 2,
      allowance: 4,
      sentToday: 4,
      nextAllowance: 8,
      growsAt: moscowMidnightAfter(2),
    })

    // Days 3 and 4 pass without sending: the ramp waits on its third day.
    await h.call('campaigns.pause', { id: campaign.id })
    jumpTo(clock, moscowMidnightAfter(2))
    const waiting = { day: 3, allowance: 8, sentToday: 0, nextAllowance: 8 }
    expect(await accountWarmup(h)).toEqual({ ...waiting, growsAt: moscowMidnightAfter(3) })
    clock.jump(DAY_MS + 3_600_000)
    expect(await accountWarmup(h)).toEqual({ ...waiting, growsAt: moscowMidnightAfter(4) })

    // A restart on the same file: the same standing, counted from stored sends.
    const at = clock.now()
    await h.engine.stop(1000)
    h.db.close()
    ;({ h, clock } = open(dir, at))
    expect(await accountWarmup(h)).toEqual({ ...waiting, growsAt: moscowMidnightAfter(4) })

    // Sending again on day 3 of the ramp: its allowance, not more.
    await h.call('campaigns.resume', { id: campaign.id })
    await untilCapped(h, 14)
    await settle()
    expect(sink.received).toHaveLength(14)
    const day3 = { day: 3, allowance: 8, sentToday: 8, nextAllowance: 16 }
    expect(await accountWarmup(h)).toEqual({ ...day3, growsAt: moscowMidnightAfter(4) })
    expect(
      h.db
        .prepare('SELECT day, n FROM account_days WHERE account_id = ? ORDER BY day')
        .all(accountId),
    ).toEqual([
      { day: '2030-01-01', n: 2 },
      { day: '2030-01-02', n: 4 },
      { day: '2030-01-04', n: 8 },
    ])

    // Editing the account with the same warm-up keeps its start; a changed one starts again.
    const since = () =>
      h.db.prepare('SELECT warmup_since FROM accounts WHERE id = ?').pluck().get(accountId)
    const before = since()
    expect(before).toBe(Date.UTC(2030, 0, 1, 9))
    clock.jump(60_000)
    await h.call('accounts.update', { ...form, id: accountId, name: 'Warming (renamed)' })
    expect(since()).toBe(before)
    expect(await accountWarmup(h)).toMatchObject(day3)
    await h.call('accounts.update', {
      ...form,
      id: accountId,
      warmup: { ...warmup, targetPerDay: 20 },
    })
    expect(since()).toBe(clock.now())
    expect(await accountWarmup(h)).toMatchObject({ day: 1, allowance: 2, sentToday: 8 })
    await settle()
    expect(sink.received).toHaveLength(14)
  })

  it('counts an account without a warm-up in the computer’s days and never caps it', async () => {
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const h = closeAfterTest(cleanup, openEngine(tempDir(), { clock: new FakeClock() }))
    h.engine.start()
    const { id: accountId } = await h.call<{ id: number }>('accounts.create', {
      name: 'Plain',
      host: '127.0.0.1',
      port: sink.port,
      security: 'none',
      fromEmail: 'news@shop.example',
    })
    const campaign = await createCampaign(h, accountId, recipients(5))
    await h.call('campaigns.start', { id: campaign.id })
    await expect.poll(() => sentCount(h), { interval: 10 }).toBe(5)
    expect(await accountWarmup(h)).toBeNull()
    expect(
      h.db.prepare('SELECT sum(n) FROM account_days WHERE account_id = ?').pluck().get(accountId),
    ).toBe(5)
  })
})
