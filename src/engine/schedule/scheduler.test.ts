/**
 * Scheduled starts: a campaign waits `scheduled` (no deliveries) and starts by itself at its
 * time, through the same checks as the Start button; a start missed while the app was closed
 * follows the campaign's choice. Time is a fake clock; the SMTP server and the database file
 * (reopened by a second engine, as after a restart) are real.
 */
import { describe, expect, it, vi } from 'vitest'
import type { Campaign } from '@shared/contract'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  openEngine,
  recipients,
  waitForStatus,
  waitForStatusEvent,
  type Harness,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { OutboxError } from '@shared/errors'
import { SCHEDULE_NAP_MS } from './scheduler'
import { startFailure, startFailureParams } from './startFailure'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

const MINUTE = 60_000
const HOUR = 60 * MINUTE
/** The fake clock's start: 2030-01-01 09:00:30 UTC, 12:00:30 in Moscow. */
const T0 = Date.UTC(2030, 0, 1, 9, 0, 30)

interface Line {
  kind: string
  level: string
  params: Record<string, string | number>
}

async function setUp(dir = tempDir(), clock = new FakeClock(T0)) {
  const sink = await startSmtpSink()
  cleanup(() => sink.close())
  const h = closeAfterTest(cleanup, openEngine(dir, { clock }))
  h.engine.start()
  const account = await addAccount(h, sink.port)
  return { h, sink, clock, dir, accountId: account.id }
}

const get = (h: Harness, id: number) => h.call<Campaign>('campaigns.get', { id })

const schedule = (h: Harness, id: number, at: number, missedStart: 'start' | 'ask' = 'ask') =>
  h.call<Campaign>('campaigns.schedule', {
    id,
    schedule: { at, zone: 'Europe/Moscow', missedStart },
  })

/** The campaign's log lines of a kind, oldest first. */
const lines = async (h: Harness, id: number, kind: string) =>
  (await h.call<(Line & { kind: string })[]>('log.list', { campaignId: id }))
    .filter((l) => l.kind === kind)
    .reverse()

const deliveries = (h: Harness, id: number) =>
  h.db.prepare('SELECT count(*) FROM deliveries WHERE campaign_id = ?').pluck().get(id) as number

/** An error reply's reason. */
async function refusal(h: Harness, channel: string, input: unknown) {
  const reply = await h.engine.dispatch(channel, input)
  expect(reply.ok, channel).toBe(false)
  return (reply as { error: { reason?: string; message: string } }).error
}

/** A short real pause: the only way to see that nothing more happens. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

describe('a scheduled start', () => {
  it('waits without deliveries and starts by itself at its time', async () => {
    const { h, sink, clock, accountId } = await setUp()
    const { id } = await createCampaign(h, accountId, recipients(3))
    const scheduled = await schedule(h, id, T0 + HOUR)
    expect(scheduled).toMatchObject({
      status: 'scheduled',
      statusReason: null,
      schedule: { at: T0 + HOUR, zone: 'Europe/Moscow', missedStart: 'ask' },
    })
    expect(deliveries(h, id)).toBe(0)
    expect(await lines(h, id, 'campaign.scheduled')).toEqual([
      expect.objectContaining({
        params: { from: 'draft', variant: 'draft', at: '2030-01-01 13:00', zone: 'Europe/Moscow' },
      }),
    ])
    // A scheduled campaign is not edited: unschedule it first.
    expect(await refusal(h, 'campaigns.update', { id, name: 'Other' })).toMatchObject({
      reason: 'campaign.notDraft',
    })

    clock.advance(HOUR - MINUTE)
    await settle()
    expect((await get(h, id)).status).toBe('scheduled')
    expect(sink.received).toHaveLength(0)

    clock.advance(MINUTE)
    await waitForStatus(h, id, 'completed')
    expect(sink.received.map((m) => m.to).sort()).toEqual(recipients(3).map((r) => r.email))
    const campaign = await get(h, id)
    expect(campaign.startedAt).toBe(T0 + HOUR)
    expect(campaign.schedule).toMatchObject({ at: T0 + HOUR }) // kept for the record
    expect(await lines(h, id, 'campaign.sending')).toEqual([
      expect.objectContaining({ params: { from: 'scheduled', variant: 'scheduled' } }),
    ])
    expect(await lines(h, id, 'campaign.startedLate')).toEqual([])
    // The window heard each change.
    await waitForStatusEvent(h, id, 'completed')
    const statuses = h.events
      .filter((e) => e.name === 'campaign.progress')
      .map((e) => (e.payload as { status: string }).status)
    expect(statuses).toEqual(expect.arrayContaining(['scheduled', 'sending', 'completed']))
  })

  it('notices a time that passed while the computer slept, and says how late', async () => {
    const { h, clock, accountId } = await setUp()
    const { id } = await createCampaign(h, accountId, recipients(1))
    await schedule(h, id, T0 + 10 * MINUTE)
    // Asleep for three hours: no timer ran; the first one after waking sees the time passed.
    clock.jump(3 * HOUR)
    await waitForStatus(h, id, 'completed')
    expect(await lines(h, id, 'campaign.startedLate')).toEqual([
      expect.objectContaining({
        level: 'warn',
        params: { variant: 'asleep', minutes: 170, at: '2030-01-01 12:10', zone: 'Europe/Moscow' },
      }),
    ])
  })

  it('starts while sending is held; the mail waits for the release', async () => {
    const { h, sink, clock, accountId } = await setUp()
    const { id } = await createCampaign(h, accountId, recipients(2))
    await schedule(h, id, T0 + HOUR)
    await h.engine.hold('offline')
    clock.advance(HOUR)
    await waitForStatus(h, id, 'sending')
    await settle()
    expect(sink.received).toHaveLength(0)
    await h.engine.release('offline')
    await waitForStatus(h, id, 'completed')
    expect(sink.received).toHaveLength(2)
  })

  it('moves when rescheduled, earlier or later, and is gone when unscheduled', async () => {
    const { h, clock, accountId } = await setUp()
    const early = await createCampaign(h, accountId, recipients(1))
    const later = await createCampaign(h, accountId, recipients(1))
    const undone = await createCampaign(h, accountId, recipients(1))
    await schedule(h, early.id, T0 + 2 * HOUR)
    await schedule(h, later.id, T0 + 10 * MINUTE)
    await schedule(h, undone.id, T0 + 20 * MINUTE)

    // The soonest start moves to after the others: the timer aims again.
    await schedule(h, early.id, T0 + 30 * MINUTE)
    const moved = await h.call<Campaign>('campaigns.schedule', {
      id: later.id,
      schedule: { at: T0 + 3 * HOUR, zone: 'UTC+05:30', missedStart: 'start' },
    })
    expect(moved.schedule).toEqual({ at: T0 + 3 * HOUR, zone: 'UTC+05:30', missedStart: 'start' })
    expect(await lines(h, later.id, 'campaign.scheduled')).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ variant: 'draft' }) }),
      expect.objectContaining({
        params: {
          from: 'scheduled',
          variant: 'scheduled',
          at: '2030-01-01 17:30',
          zone: 'UTC+05:30',
        },
      }),
    ])
    const draft = await h.call<Campaign>('campaigns.unschedule', { id: undone.id })
    expect(draft).toMatchObject({ status: 'draft', schedule: null, statusReason: null })
    expect(await lines(h, undone.id, 'campaign.draft')).toEqual([
      expect.objectContaining({ params: { from: 'scheduled', variant: 'scheduled' } }),
    ])
    // A draft again: editable, and unscheduling it twice says why not.
    await h.call('campaigns.update', { id: undone.id, name: 'Edited' })
    expect(await refusal(h, 'campaigns.unschedule', { id: undone.id })).toMatchObject({
      reason: 'campaign.notScheduled',
    })

    clock.advance(30 * MINUTE)
    await waitForStatus(h, early.id, 'completed')
    expect((await get(h, later.id)).status).toBe('scheduled')
    expect((await get(h, undone.id)).status).toBe('draft')
    clock.advance(2 * HOUR + 30 * MINUTE)
    await waitForStatus(h, later.id, 'completed')
    expect((await get(h, undone.id)).status).toBe('draft')
    expect(deliveries(h, undone.id)).toBe(0)
  })

  it('can be started now, and cancelled, before its time', async () => {
    const { h, clock, accountId } = await setUp()
    const now = await createCampaign(h, accountId, recipients(1))
    const dropped = await createCampaign(h, accountId, recipients(1))
    await schedule(h, now.id, T0 + HOUR)
    await schedule(h, dropped.id, T0 + HOUR)
    await h.call('campaigns.start', { id: now.id })
    await waitForStatus(h, now.id, 'completed')
    await h.call('campaigns.cancel', { id: dropped.id })
    clock.advance(2 * HOUR)
    await settle()
    expect((await get(h, dropped.id)).status).toBe('cancelled')
    expect(await lines(h, now.id, 'campaign.started')).toHaveLength(1)
  })
})

describe('scheduling refuses', () => {
  it('a time not in the future, and what a start refuses, writing nothing', async () => {
    const { h, accountId } = await setUp()
    const { id } = await createCampaign(h, accountId, recipients(1))
    for (const at of [T0, T0 - MINUTE]) {
      expect(
        await refusal(h, 'campaigns.schedule', {
          id,
          schedule: { at, zone: 'UTC', missedStart: 'ask' },
        }),
      ).toMatchObject({ reason: 'campaign.scheduleNotFuture' })
    }

    const empty = await createCampaign(h, accountId, [])
    expect(
      await refusal(h, 'campaigns.schedule', {
        id: empty.id,
        schedule: { at: T0 + HOUR, zone: 'UTC' },
      }),
    ).toMatchObject({ reason: 'campaign.noRecipients' })

    const broken = await h.call<{ id: number }>('campaigns.create', {
      name: 'Broken',
      accountId,
      subject: 'Hi {{name}}',
      html: '<p>{{city}}</p>',
      recipients: [{ email: 'a@example.test', data: { name: 'A' } }],
    })
    expect(
      await refusal(h, 'campaigns.schedule', {
        id: broken.id,
        schedule: { at: T0 + HOUR, zone: 'UTC' },
      }),
    ).toMatchObject({ reason: 'campaign.preflightFailed' })

    await h.call('campaigns.start', { id })
    expect(
      await refusal(h, 'campaigns.schedule', { id, schedule: { at: T0 + HOUR, zone: 'UTC' } }),
    ).toMatchObject({ reason: 'campaign.cannotSchedule' })

    for (const c of [empty.id, broken.id]) {
      expect(await get(h, c)).toMatchObject({ status: 'draft', schedule: null })
      expect(await lines(h, c, 'campaign.scheduled')).toEqual([])
    }
  })
})

describe('a scheduled start that cannot happen', () => {
  it('leaves the campaign scheduled with the reason, once, until the user acts', async () => {
    const { h, sink, clock, accountId } = await setUp()
    const { id } = await createCampaign(h, accountId, recipients(2))
    await schedule(h, id, T0 + HOUR)
    // The window cannot remove an account a scheduled campaign uses…
    expect(await refusal(h, 'accounts.delete', { id: accountId })).toMatchObject({
      reason: 'account.inUse',
    })
    // …but the file can still lose it (an older Outbox, a hand-edited database): the start
    // at the scheduled time checks the account again and refuses.
    h.db.prepare('UPDATE accounts SET deleted_at = ? WHERE id = ?').run(T0, accountId)

    clock.advance(HOUR)
    await expect.poll(async () => (await get(h, id)).statusReason).toBe('startFailed')
    const failed = await get(h, id)
    expect(failed.status).toBe('scheduled')
    // The refusal's reason and params, for the window to word; its English for the rest.
    expect(JSON.parse(failed.statusDetail!)).toEqual({
      message: expect.stringContaining('was deleted'),
      reason: 'account.deleted',
      params: { name: 'Local sink' },
    })
    expect(deliveries(h, id)).toBe(0)
    // Not tried again every minute: it waits for the user.
    clock.advance(10 * SCHEDULE_NAP_MS)
    await settle()
    expect(await lines(h, id, 'campaign.startFailed')).toEqual([
      expect.objectContaining({
        level: 'error',
        params: { reason: 'account.deleted', name: 'Local sink' },
      }),
    ])

    // The account is back; "Start now" clears the reason.
    h.db.prepare('UPDATE accounts SET deleted_at = NULL WHERE id = ?').run(accountId)
    await h.call('campaigns.start', { id })
    expect((await get(h, id)).statusReason).toBeNull()
    await waitForStatus(h, id, 'completed')
    expect(sink.received).toHaveLength(2)
  })
})

describe('why a scheduled start failed, as it is kept', () => {
  it('is the reason and params of an OutboxError, else the message alone', () => {
    const counted = new OutboxError('invalid_input', '2 recipients cannot get it', undefined, {
      reason: 'campaign.preflightFailed',
      params: { count: 2 },
    })
    expect(startFailure(counted)).toEqual({
      message: '2 recipients cannot get it',
      reason: 'campaign.preflightFailed',
      params: { count: 2 },
    })
    expect(startFailureParams(startFailure(counted))).toEqual({
      reason: 'campaign.preflightFailed',
      count: 2,
    })
    const bare = new OutboxError('conflict', 'No reason given')
    expect(startFailure(bare)).toEqual({ message: 'No reason given' })
    expect(startFailure(new Error('disk I/O error'))).toEqual({ message: 'disk I/O error' })
    expect(startFailureParams(startFailure('odd'))).toEqual({ detail: 'odd' })
  })
})

describe('a scheduled start and a closed app', () => {
  /** Schedules a campaign, closes the engine, and opens a new one `after` ms later. */
  async function closedUntil(after: number, missedStart: 'start' | 'ask', at = T0 + HOUR) {
    const dir = tempDir()
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const first = openEngine(dir, { clock: new FakeClock(T0) })
    first.engine.start()
    const account = await addAccount(first, sink.port)
    const { id } = await createCampaign(first, account.id, recipients(2))
    await schedule(first, id, at, missedStart)
    await first.engine.stop(1000)
    first.db.close()

    const clock = new FakeClock(T0 + after)
    const h = closeAfterTest(cleanup, openEngine(dir, { clock }))
    h.engine.start()
    return { h, sink, clock, id }
  }

  it('starts at its time after a restart before it', async () => {
    const { h, sink, clock, id } = await closedUntil(30 * MINUTE, 'ask')
    expect((await get(h, id)).status).toBe('scheduled')
    clock.advance(30 * MINUTE)
    await waitForStatus(h, id, 'completed')
    expect(sink.received).toHaveLength(2)
    expect(await lines(h, id, 'campaign.startedLate')).toEqual([])
  })

  it('starts on the next launch when told to, and says how late', async () => {
    const { h, sink, id } = await closedUntil(3 * HOUR, 'start')
    await waitForStatus(h, id, 'completed')
    expect(sink.received).toHaveLength(2)
    expect((await get(h, id)).startedAt).toBe(T0 + 3 * HOUR)
    expect(await lines(h, id, 'campaign.startedLate')).toEqual([
      expect.objectContaining({
        params: {
          variant: 'appClosed',
          minutes: 120,
          at: '2030-01-01 13:00',
          zone: 'Europe/Moscow',
        },
      }),
    ])
  })

  it('waits for the user when told to ask; start now, or reschedule', async () => {
    const { h, sink, clock, id } = await closedUntil(3 * HOUR, 'ask')
    const missed = await get(h, id)
    expect(missed).toMatchObject({ status: 'scheduled', statusReason: 'missed' })
    expect(await lines(h, id, 'campaign.startMissed')).toEqual([
      expect.objectContaining({
        level: 'warn',
        params: { at: '2030-01-01 13:00', zone: 'Europe/Moscow' },
      }),
    ])
    expect(h.events).toContainEqual(
      expect.objectContaining({
        name: 'campaign.progress',
        payload: expect.objectContaining({ campaignId: id, status: 'scheduled' }),
      }),
    )
    clock.advance(HOUR)
    await settle()
    expect((await get(h, id)).status).toBe('scheduled')
    expect(sink.received).toHaveLength(0)

    // Rescheduled: the reason goes, and it starts at the new time.
    const moved = await schedule(h, id, T0 + 5 * HOUR)
    expect(moved.statusReason).toBeNull()
    clock.advance(HOUR)
    await waitForStatus(h, id, 'completed')
    expect(sink.received).toHaveLength(2)
  })

  it('a missed start the user starts now', async () => {
    const { h, sink, id } = await closedUntil(3 * HOUR, 'ask')
    expect((await get(h, id)).statusReason).toBe('missed')
    await h.call('campaigns.start', { id })
    await waitForStatus(h, id, 'completed')
    expect(sink.received).toHaveLength(2)
    expect((await get(h, id)).statusReason).toBeNull()
  })
})
