/**
 * One account, two campaigns, one of them spread over days (real SQLite file, real SMTP server
 * on 127.0.0.1, fake clock). A spread campaign's pace can be hours between two sends; once it
 * stops being the account's campaign (it completed, or it paused) that pace no longer holds the
 * account: the next campaign goes at its own pace at once.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { clockedEngine, quiet, runUntil, type ClockedEngine } from '@test/support/clockedEngine'
import { fast, recipients } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const engines: ClockedEngine[] = []
afterEach(async () => {
  for (const e of engines.splice(0)) await e.close()
})

const HOUR = 60 * 60_000
const DAY = 24 * HOUR

async function setUp() {
  const e = await clockedEngine(tempDir(), Date.UTC(2030, 0, 1, 9, 0, 30))
  engines.push(e)
  return e
}

async function campaign(e: ClockedEngine, name: string, count: number, spreadMs?: number) {
  const created = await e.h.call<{ id: number }>('campaigns.create', {
    name,
    accountId: e.accountId,
    subject: 'Hello {{name}}',
    html: '<p>Hi {{name}}</p>',
    settings: { ...fast, delayMs: 0, concurrency: 1 },
    recipients: recipients(count, `${name.toLowerCase()}.test`),
    ...(spreadMs && { policy: { spreadMs } }),
  })
  return created.id
}

const start = async (e: ClockedEngine, id: number) => {
  await e.h.call('campaigns.start', { id })
  await quiet(e.h)
}

const sentTo = (e: ClockedEngine, domain: string) =>
  e.sink.received.filter((m) => m.to.endsWith(`@${domain}`)).length

describe("a spread campaign's pace and the account's next campaign", () => {
  it('a campaign started after a spread one completed goes at once', async () => {
    const e = await setUp()
    // One recipient over a day: it goes at once, and the pace says "the next in a day".
    const spread = await campaign(e, 'Spread', 1, DAY)
    await start(e, spread)
    expect(sentTo(e, 'spread.test')).toBe(1)

    const next = await campaign(e, 'Next', 3)
    await start(e, next)
    expect(sentTo(e, 'next.test')).toBe(3)
  })

  it('a campaign waiting behind a spread one goes when that one completes', async () => {
    const e = await setUp()
    // Two recipients over a day: one now, the other twelve hours later.
    const spread = await campaign(e, 'Spread', 2, DAY)
    await start(e, spread)
    const waiting = await campaign(e, 'Waiting', 2)
    await start(e, waiting)
    const startedAt = e.clock.now()
    expect([sentTo(e, 'spread.test'), sentTo(e, 'waiting.test')]).toEqual([1, 0])

    await runUntil(e, startedAt + 12 * HOUR + 60_000, HOUR / 2)
    expect(sentTo(e, 'spread.test')).toBe(2) // its second, and it completed…
    expect(sentTo(e, 'waiting.test')).toBe(2) // …so the one behind it went, not a day later
  })

  it('a campaign waiting behind a spread one goes when that one pauses, or is cancelled', async () => {
    const e = await setUp()
    const spread = await campaign(e, 'Spread', 2, DAY)
    await start(e, spread)
    const paused = await campaign(e, 'Paused', 2)
    await start(e, paused)
    expect([sentTo(e, 'spread.test'), sentTo(e, 'paused.test')]).toEqual([1, 0])
    await e.h.call('campaigns.pause', { id: spread })
    await quiet(e.h)
    expect(sentTo(e, 'paused.test')).toBe(2)

    const e2 = await setUp()
    const spread2 = await campaign(e2, 'Spread', 2, DAY)
    await start(e2, spread2)
    const cancelled = await campaign(e2, 'Cancelled', 2)
    await start(e2, cancelled)
    expect(sentTo(e2, 'cancelled.test')).toBe(0)
    await e2.h.call('campaigns.cancel', { id: spread2 })
    await quiet(e2.h)
    expect(sentTo(e2, 'cancelled.test')).toBe(2)
  })

  it('a spread campaign paused and resumed alone keeps its spacing', async () => {
    const e = await setUp()
    const spread = await campaign(e, 'Spread', 2, DAY)
    await start(e, spread)
    const startedAt = e.clock.now()
    await e.h.call('campaigns.pause', { id: spread })
    await quiet(e.h)
    e.clock.jump(HOUR)
    await e.h.call('campaigns.resume', { id: spread })
    await quiet(e.h)
    expect(sentTo(e, 'spread.test')).toBe(1)
    await runUntil(e, startedAt + 12 * HOUR - 60_000, HOUR / 2)
    expect(sentTo(e, 'spread.test')).toBe(1)
    await runUntil(e, startedAt + 12 * HOUR + 60_000, HOUR / 2)
    expect(sentTo(e, 'spread.test')).toBe(2)
  })

  it('a wake-up while a claim is on its way keeps the pace', async () => {
    const e = await setUp()
    const created = await e.h.call<{ id: number }>('campaigns.create', {
      name: 'Paced',
      accountId: e.accountId,
      subject: 'Hello {{name}}',
      html: '<p>Hi {{name}}</p>',
      settings: { ...fast, delayMs: 60_000, concurrency: 3 },
      recipients: recipients(3),
    })
    await e.h.call('campaigns.start', { id: created.id })
    // The claims are on their way; a campaign starting elsewhere wakes this account meanwhile.
    const other = await campaign(e, 'Other', 1)
    await e.h.call('campaigns.start', { id: other })
    await quiet(e.h)
    expect(e.sink.received).toHaveLength(1)
  })
})
