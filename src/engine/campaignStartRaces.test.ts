/**
 * What other commands (and the engine's stop) do to a start that is checking and writing in
 * slices: whatever lands between two slices, the start leaves all of its rows or none, with
 * counters that match them, and a due scheduled campaign still starts.
 */
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  checkInvariants,
  closeAfterTest,
  createCampaign,
  openEngine,
  recipients,
  type Harness,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { useTempDir } from '@test/support/tempDir'
import { nextTurn } from './nextTurn'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()
/** More than a few slices of the pre-flight and of the writes. */
const LONG_LIST = 12_000
const T0 = Date.UTC(2030, 0, 1, 9, 0, 30)

async function longDraft(clock?: FakeClock) {
  const h = closeAfterTest(cleanup, openEngine(tempDir(), clock ? { clock } : {}))
  const account = await addAccount(h, 1)
  const campaign = await createCampaign(h, account.id, recipients(LONG_LIST))
  return { h, id: campaign.id }
}

const deliveries = (h: Harness, id: number) =>
  h.db.prepare('SELECT count(*) FROM deliveries WHERE campaign_id = ?').pluck().get(id) as number
const recipientCount = (h: Harness, id: number) =>
  h.db.prepare('SELECT count(*) FROM recipients WHERE campaign_id = ?').pluck().get(id) as number
const counters = (h: Harness, id: number) =>
  h.db.prepare('SELECT state, n FROM campaign_counts WHERE campaign_id = ? AND n <> 0').all(id) as {
    state: string
    n: number
  }[]
const campaignRow = (h: Harness, id: number) =>
  h.db.prepare('SELECT status, status_reason FROM campaigns WHERE id = ?').get(id) as {
    status: string
    status_reason: string | null
  }

/** Turns of the event loop until the start has written at least one slice of deliveries. */
async function untilFirstSlice(h: Harness, id: number) {
  while (deliveries(h, id) === 0) await nextTurn()
  expect(deliveries(h, id)).toBeLessThan(LONG_LIST)
}

describe('a start in slices, raced', () => {
  it('a cancel between two write slices leaves no rows and no counters', async () => {
    const { h, id } = await longDraft()
    const start = h.engine.dispatch('campaigns.start', { id })
    await untilFirstSlice(h, id)
    await h.call('campaigns.cancel', { id })
    const reply = await start
    expect(reply.ok).toBe(false)
    expect(deliveries(h, id)).toBe(0)
    // The cancel's UPDATE ran the counting trigger on the rows written so far.
    expect(counters(h, id)).toEqual([])
    checkInvariants(h.db)
  })

  it('rows of a cancelled, never started campaign are removed at the next engine start', async () => {
    const { h, id } = await longDraft()
    // A start cut by a crash after a cancel: a slice written, cancelled (counted), a slice more.
    const cut = (from: number, to: number) =>
      h.db
        .prepare(
          `INSERT INTO deliveries (campaign_id, recipient_id, state, message_id, created_at, updated_at)
           SELECT campaign_id, id, 'queued', '<' || id || '.cut@example.test>', 0, 0
           FROM recipients WHERE campaign_id = ? ORDER BY id LIMIT ? OFFSET ?`,
        )
        .run(id, to - from, from)
    cut(0, 2500)
    await h.call('campaigns.cancel', { id })
    cut(2500, 5000)
    h.engine.start()
    expect(deliveries(h, id)).toBe(0)
    expect(counters(h, id)).toEqual([])
  })

  it('a list replaced by as many other recipients during the writes never leaves rows missing', async () => {
    // A clock that does not move between the start and the replacement: updated_at stays.
    const { h, id } = await longDraft(new FakeClock(T0))
    const start = h.engine.dispatch('campaigns.start', { id })
    await untilFirstSlice(h, id)
    await h.call('campaigns.setRecipients', {
      id,
      recipients: recipients(LONG_LIST, 'other.test'),
      recipientsFile: null,
    })
    const reply = await start
    const status = campaignRow(h, id).status
    if (reply.ok) {
      expect(status).toBe('sending')
      expect(deliveries(h, id)).toBe(recipientCount(h, id))
    } else {
      expect(status).toBe('draft')
      expect(deliveries(h, id)).toBe(0)
    }
    checkInvariants(h.db)
  })

  it('a manual start of a scheduled campaign, when its time comes meanwhile, still starts it', async () => {
    const clock = new FakeClock(T0)
    const { h, id } = await longDraft(clock)
    h.engine.start()
    await h.call('campaigns.schedule', {
      id,
      schedule: { at: T0 + 60_000, zone: 'UTC', missedStart: 'ask' },
    })
    const start = h.engine.dispatch('campaigns.start', { id })
    await nextTurn()
    clock.advance(60_000) // the scheduler's timer fires while the start is in its slices
    const reply = await start
    for (let i = 0; i < 5; i++) await nextTurn()
    const row = campaignRow(h, id)
    // One of the two starts went through: the campaign is not left waiting for the user.
    expect({ reply: reply.ok, ...row }).toEqual({
      reply: true,
      status: 'sending',
      status_reason: null,
    })
  })

  it('a schedule moved while the scheduler starts the campaign stands, not marked as failed', async () => {
    const clock = new FakeClock(T0)
    const { h, id } = await longDraft(clock)
    h.engine.start()
    const schedule = (at: number) =>
      h.engine.dispatch('campaigns.schedule', {
        id,
        schedule: { at, zone: 'UTC', missedStart: 'ask' },
      })
    expect((await schedule(T0 + 60_000)).ok).toBe(true)
    clock.advance(60_000) // the scheduler starts it
    await nextTurn()
    const moved = await schedule(T0 + 3_600_000) // the user moves it meanwhile
    for (let i = 0; i < 40; i++) await nextTurn()
    await new Promise((resolve) => setTimeout(resolve, 200))
    const row = campaignRow(h, id)
    if (moved.ok && row.status !== 'sending') {
      expect(row).toEqual({ status: 'scheduled', status_reason: null })
      expect(deliveries(h, id)).toBe(0)
    } else {
      expect(row.status).toBe('sending')
    }
  })

  it('an engine start while a start is under way does not cut it short', async () => {
    const { h, id } = await longDraft()
    const start = h.call('campaigns.start', { id })
    await untilFirstSlice(h, id)
    h.engine.start() // removes the rows of starts a crash cut short: not this one's
    await start
    expect(campaignRow(h, id).status).toBe('sending')
    expect(deliveries(h, id)).toBe(LONG_LIST)
  })

  it('the engine stop ends a start under way, removing its rows before the database closes', async () => {
    const { h, id } = await longDraft()
    h.engine.start()
    const start = h.engine.dispatch('campaigns.start', { id })
    await untilFirstSlice(h, id)
    await h.engine.stop(0)
    expect(deliveries(h, id)).toBe(0)
    expect(campaignRow(h, id).status).toBe('draft')
    h.db.close()
    const reply = await start
    expect(reply.ok).toBe(false)
    expect(!reply.ok && reply.error.code).toBe('unavailable')
  })

  it('the engine stop ends a scheduled start under way: still due, no failure, nothing unhandled', async () => {
    const rejections: unknown[] = []
    const onRejection = (reason: unknown) => rejections.push(reason)
    process.on('unhandledRejection', onRejection)
    cleanup(() => void process.off('unhandledRejection', onRejection))
    const clock = new FakeClock(T0)
    const { h, id } = await longDraft(clock)
    h.engine.start()
    await h.call('campaigns.schedule', {
      id,
      schedule: { at: T0 + 60_000, zone: 'UTC', missedStart: 'start' },
    })
    clock.advance(60_000)
    await untilFirstSlice(h, id)
    await h.engine.stop(0)
    expect(deliveries(h, id)).toBe(0)
    expect(campaignRow(h, id)).toEqual({ status: 'scheduled', status_reason: null })
    h.db.close()
    for (let i = 0; i < 20; i++) await nextTurn()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(rejections.map(String)).toEqual([])
  })
})

describe('a start in slices, edited in the same millisecond', () => {
  it('is refused when the list is replaced during its check, even with updated_at unchanged', async () => {
    // A clock that does not move: the replacement leaves updated_at as the start read it.
    const { h, id } = await longDraft(new FakeClock(T0))
    const start = h.engine.dispatch('campaigns.start', { id })
    await nextTurn() // the pre-flight has checked its first slice of the old list
    await h.call('campaigns.setRecipients', {
      id,
      // As many recipients; the first slice's, which the check has passed already, without the
      // {{name}} the letter needs (the new rows take the old ids).
      recipients: Array.from({ length: LONG_LIST }, (_, i) => ({
        email: `n${i}@other.test`,
        data: i < 2500 ? { city: 'Kazan' } : { name: `N${i}` },
      })),
      recipientsFile: null,
    })
    const reply = await start
    expect(!reply.ok && reply.error.reason).toBe('campaign.changedWhileStarting')
    expect(campaignRow(h, id).status).toBe('draft')
    expect(deliveries(h, id)).toBe(0)
    checkInvariants(h.db)
  })
})
