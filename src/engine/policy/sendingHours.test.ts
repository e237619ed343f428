/**
 * Sending hours end to end: a real SQLite file, a real SMTP server on 127.0.0.1, a fake clock.
 * Outside its hours a campaign claims nothing (no attempt used), its slots sleep until the
 * opening, and the progress says when that is; a restart changes none of it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SendingHours } from '@shared/contract'
import {
  clockedEngine,
  idleFor,
  quiet,
  sendTimes,
  type ClockedEngine,
} from '@test/support/clockedEngine'
import { fast, recipients, waitForStatus, type Harness } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const engines: ClockedEngine[] = []
afterEach(async () => {
  for (const e of engines.splice(0)) await e.close()
})

const at = (iso: string) => Date.parse(iso)
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]

async function setUp(startAt: string) {
  const engine = await clockedEngine(tempDir(), at(startAt))
  engines.push(engine)
  return engine
}

async function startCampaign(
  e: ClockedEngine,
  sendingHours: SendingHours,
  count: number,
  settings: Partial<typeof fast> = {},
) {
  const campaign = await e.h.call<{ id: number }>('campaigns.create', {
    name: 'Within hours',
    accountId: e.accountId,
    subject: 'Hello {{name}}',
    html: '<p>Hi {{name}}</p>',
    settings: { ...fast, ...settings },
    recipients: recipients(count),
    policy: { sendingHours },
  })
  await e.h.call('campaigns.start', { id: campaign.id })
  await quiet(e.h)
  return campaign.id
}

type Progress = { status: string; waitingUntil: number | null; sent: number; pending: number }
const progress = (h: Harness, id: number) =>
  h.call<Progress>('campaigns.progress', { campaignId: id })

const sentAt = (h: Harness, id: number) => sendTimes(h, id).map((r) => r.sent_at)

const sentCount = (h: Harness) =>
  h.db.prepare("SELECT count(*) FROM deliveries WHERE state = 'sent'").pluck().get() as number

/** Until `n` sends are recorded (the sink has them a moment before the engine writes them). */
const untilSent = (e: ClockedEngine, n: number) =>
  expect.poll(() => sentCount(e.h), { interval: 5 }).toBe(n)

/**
 * Moves the clock by `stepMs` until `sends` sends are recorded, one step per expected
 * send. Jumps: the sender lock's 5-second refresh is a commit each, too slow over hours.
 */
async function stepThroughSends(e: ClockedEngine, sends: number, stepMs: number) {
  for (let n = sentCount(e.h) + 1; n <= sends; n++) {
    e.clock.jump(stepMs)
    await untilSent(e, n)
  }
  await quiet(e.h)
}

/** Straight to `iso`, each timer due on the way firing once (a 5-second timer over days is slow). */
function jumpTo(e: ClockedEngine, iso: string) {
  e.clock.jump(at(iso) - e.clock.now())
}

describe('sending hours', () => {
  it('waits for its hours without a busy loop or a used attempt, survives a restart, sends when they open', async () => {
    // 2030-01-01 is a Tuesday; the hours open at 12:00 UTC.
    const e = await setUp('2030-01-01T09:00:30Z')
    const hours = { days: [1, 2, 3, 4, 5], from: '12:00', to: '13:00', zone: 'UTC' }
    const id = await startCampaign(e, hours, 5)

    expect(await progress(e.h, id)).toMatchObject({
      status: 'sending',
      waitingUntil: at('2030-01-01T12:00:00Z'),
      pending: 5,
    })
    expect(await idleFor(e.h)).toBeLessThan(3) // a sleeping slot, not one that polls
    expect(e.sink.received).toHaveLength(0)
    expect(sendTimes(e.h, id).every((r) => r.state === 'queued' && r.attempts === 0)).toBe(true)

    await e.restart()
    expect(await progress(e.h, id)).toMatchObject({
      status: 'sending',
      waitingUntil: at('2030-01-01T12:00:00Z'),
    })
    jumpTo(e, '2030-01-01T11:59:59Z')
    await quiet(e.h)
    expect(e.sink.received).toHaveLength(0)

    jumpTo(e, '2030-01-01T12:00:00Z')
    await waitForStatus(e.h, id, 'completed')
    expect(sentAt(e.h, id)).toEqual(Array(5).fill(at('2030-01-01T12:00:00Z')))
    expect((await progress(e.h, id)).waitingUntil).toBeNull()
  })

  it('stops claiming when the hours close and goes on when they open the next day', async () => {
    const e = await setUp('2030-01-01T11:00:00Z')
    const hours = { days: EVERY_DAY, from: '12:00', to: '12:01', zone: 'UTC' }
    const id = await startCampaign(e, hours, 5, { delayMs: 20_000, concurrency: 1 })

    jumpTo(e, '2030-01-01T12:00:00Z')
    await untilSent(e, 1)
    await stepThroughSends(e, 3, 20_000) // 12:00:20, 12:00:40
    e.clock.jump(20_000) // 12:01:00: closed
    await quiet(e.h)
    expect(e.sink.received).toHaveLength(3)
    expect((await progress(e.h, id)).waitingUntil).toBe(at('2030-01-02T12:00:00Z'))

    jumpTo(e, '2030-01-02T12:00:00Z')
    await untilSent(e, 4)
    await stepThroughSends(e, 5, 20_000)
    await waitForStatus(e.h, id, 'completed')
    expect(sentAt(e.h, id)).toEqual([
      at('2030-01-01T12:00:00Z'),
      at('2030-01-01T12:00:20Z'),
      at('2030-01-01T12:00:40Z'),
      at('2030-01-02T12:00:00Z'),
      at('2030-01-02T12:00:20Z'),
    ])
  })

  it('a campaign waiting for its hours neither holds up nor paces the account’s next one', async () => {
    const e = await setUp('2030-01-01T09:00:30Z')
    const closed = { days: EVERY_DAY, from: '12:00', to: '13:00', zone: 'UTC' }
    const waiting = await startCampaign(e, closed, 3, { delayMs: HOUR, concurrency: 1 })
    const open = await e.h.call<{ id: number }>('campaigns.create', {
      name: 'Any time',
      accountId: e.accountId,
      subject: 'Hi',
      html: '<p>Hi</p>',
      settings: { ...fast, concurrency: 1 },
      recipients: recipients(3, 'other.test'),
      policy: { sendingHours: null },
    })
    await e.h.call('campaigns.start', { id: open.id })
    await waitForStatus(e.h, open.id, 'completed') // at its own delay (0), not the first's hour
    expect(sendTimes(e.h, waiting).every((r) => r.state === 'queued')).toBe(true)
  })

  it('New York, spring forward: 01:30–03:00 lasts 30 minutes that night, then 90 again', async () => {
    // Sunday 2026-03-08, 01:00 EST (06:00 UTC); at 02:00 the clocks go to 03:00 EDT.
    const e = await setUp('2026-03-08T06:00:00Z')
    const hours = { days: EVERY_DAY, from: '01:30', to: '03:00', zone: 'America/New_York' }
    const id = await startCampaign(e, hours, 8, { delayMs: 5 * MINUTE, concurrency: 1 })
    expect((await progress(e.h, id)).waitingUntil).toBe(at('2026-03-08T06:30:00Z'))

    jumpTo(e, '2026-03-08T06:30:00Z')
    await untilSent(e, 1)
    await stepThroughSends(e, 6, 5 * MINUTE) // 06:35 … 06:55 UTC
    e.clock.jump(5 * MINUTE) // 07:00 UTC = 03:00 EDT: closed
    await quiet(e.h)
    expect(e.sink.received).toHaveLength(6)
    // Monday 01:30 EDT.
    expect((await progress(e.h, id)).waitingUntil).toBe(at('2026-03-09T05:30:00Z'))

    jumpTo(e, '2026-03-09T05:30:00Z')
    await untilSent(e, 7)
    await stepThroughSends(e, 8, 5 * MINUTE)
    await waitForStatus(e.h, id, 'completed')
    const sunday = at('2026-03-08T06:30:00Z')
    const monday = at('2026-03-09T05:30:00Z')
    expect(sentAt(e.h, id)).toEqual([
      ...[0, 1, 2, 3, 4, 5].map((k) => sunday + k * 5 * MINUTE),
      monday,
      monday + 5 * MINUTE,
    ])
  })

  it('New York, fall back: 09:00 the morning after is 14:00 UTC, not 13:00', async () => {
    // Saturday 2026-10-31, 18:00 EDT; the clocks go back overnight.
    const e = await setUp('2026-10-31T22:00:00Z')
    const hours = { days: EVERY_DAY, from: '09:00', to: '17:00', zone: 'America/New_York' }
    const id = await startCampaign(e, hours, 2)
    expect((await progress(e.h, id)).waitingUntil).toBe(at('2026-11-01T14:00:00Z'))

    jumpTo(e, '2026-11-01T13:00:00Z')
    await quiet(e.h)
    expect(e.sink.received).toHaveLength(0)
    jumpTo(e, '2026-11-01T14:00:00Z')
    await waitForStatus(e.h, id, 'completed')
    expect(sentAt(e.h, id)).toEqual([at('2026-11-01T14:00:00Z'), at('2026-11-01T14:00:00Z')])
  })

  it('across midnight: Friday 22:00–06:00 sends into Saturday morning, then waits a week', async () => {
    // 2030-01-04 is a Friday; Moscow is UTC+3 all year: 22:00 there is 19:00 UTC.
    const e = await setUp('2030-01-04T09:00:00Z')
    const hours = { days: [5], from: '22:00', to: '06:00', zone: 'Europe/Moscow' }
    const id = await startCampaign(e, hours, 10, { delayMs: HOUR, concurrency: 1 })
    expect((await progress(e.h, id)).waitingUntil).toBe(at('2030-01-04T19:00:00Z'))

    jumpTo(e, '2030-01-04T19:00:00Z')
    await untilSent(e, 1)
    await stepThroughSends(e, 8, HOUR) // 22:00 … 05:00 Moscow
    e.clock.jump(HOUR) // Saturday 06:00 Moscow: over
    await quiet(e.h)
    expect(e.sink.received).toHaveLength(8)
    expect((await progress(e.h, id)).waitingUntil).toBe(at('2030-01-11T19:00:00Z'))

    jumpTo(e, '2030-01-11T19:00:00Z')
    await untilSent(e, 9)
    await stepThroughSends(e, 10, HOUR)
    await waitForStatus(e.h, id, 'completed')
    const friday = at('2030-01-04T19:00:00Z')
    const nextFriday = at('2030-01-11T19:00:00Z')
    expect(sentAt(e.h, id)).toEqual([
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((k) => friday + k * HOUR),
      nextFriday,
      nextFriday + HOUR,
    ])
  })
})
