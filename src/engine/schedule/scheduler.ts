/**
 * Scheduled starts: one timer to the soonest scheduled campaign, looked at again on every
 * status change. A due campaign goes through the same start as the Start button (pre-flight
 * again); a start that fails leaves it `scheduled` with the reason `startFailed`. Holds (sleep,
 * no network) do not stop a start: the sender holds the mail anyway.
 *
 * At engine start, a start whose time passed while the app was closed follows the campaign's
 * `missed_start`: `start` starts it now (the log says how late), `ask` leaves it scheduled with
 * the reason `missed` for the window to ask.
 */
import type { Clock } from '@shared/clock'
import type { Campaigns } from '../campaigns'
import { selectCampaign, updateCampaignStatus, type CampaignRow } from '../db/campaigns'
import type { Db } from '../db/open'
import { selectWaitingSchedules } from '../db/schedules'
import type { EngineLog, LogRecord } from '../log/engineLog'
import { scheduleWords } from './scheduleWords'
import { startFailure, startFailureParams } from './startFailure'

/**
 * The longest the timer sleeps: a timer does not count the time a computer sleeps, so a start
 * due during that sleep is noticed at most this long after waking.
 */
export const SCHEDULE_NAP_MS = 60_000
/** A start this much after its time, with the app running, was held up (the computer slept). */
const LATE_MS = 2 * 60_000

export interface SchedulerDeps {
  db: Db
  clock: Clock
  log: EngineLog
  campaigns: Campaigns
}

type Lateness = 'appClosed' | 'asleep'

export class Scheduler {
  private timer: unknown = null
  private running = false

  constructor(private readonly deps: SchedulerDeps) {}

  /** After the sender's start: starts missed in the app's absence are settled, then the timer. */
  start(): void {
    if (this.running) return
    this.running = true
    const now = this.deps.clock.now()
    for (const row of this.due(now)) {
      if (row.missed_start === 'start') this.startDue(row, 'appClosed')
      else this.markMissed(row)
    }
    this.arm()
  }

  stop(): void {
    this.running = false
    this.deps.clock.clearTimeout(this.timer)
    this.timer = null
  }

  /** A schedule (or a status) changed: the timer aims at the soonest start again. */
  arm(): void {
    if (!this.running) return
    this.deps.clock.clearTimeout(this.timer)
    this.timer = null
    const next = this.waiting()[0]
    if (!next) return
    const wait = Math.max(0, next.scheduled_at! - this.deps.clock.now())
    this.timer = this.deps.clock.setTimeout(() => this.tick(), Math.min(wait, SCHEDULE_NAP_MS))
  }

  private tick(): void {
    this.timer = null
    if (!this.running) return
    const now = this.deps.clock.now()
    for (const row of this.due(now)) {
      this.startDue(row, now - row.scheduled_at! > LATE_MS ? 'asleep' : null)
    }
    this.arm()
  }

  /**
   * Not those being started, by this timer or by the Start button: a start checks its
   * recipients in slices and the campaign stays scheduled until it is done (it arms again after).
   */
  private waiting(): CampaignRow[] {
    const { db, campaigns } = this.deps
    return selectWaitingSchedules(db).filter((row) => !campaigns.isStarting(row.id))
  }

  private due(now: number): CampaignRow[] {
    return this.waiting().filter((row) => row.scheduled_at! <= now)
  }

  private startDue(row: CampaignRow, late: Lateness | null): void {
    // The start counts as under way from its first step (Campaigns.isStarting).
    void this.deps.campaigns
      .start(row.id)
      .then(
        () => {
          if (late) this.logLate(row, late)
        },
        (error: unknown) => {
          // Cut by the engine's stop, not refused: the next engine start finds it due again.
          if (this.running) this.startFailed(row, error)
        },
      )
      .finally(() => this.arm())
      .catch((error: unknown) => console.error('[scheduler] a scheduled start failed:', error))
  }

  private logLate(row: CampaignRow, late: Lateness): void {
    const { db, clock, log } = this.deps
    const minutes = Math.max(1, Math.round((clock.now() - row.scheduled_at!) / 60_000))
    const when = scheduleWords(row.scheduled_at!, row.schedule_zone ?? 'UTC')
    const why = late === 'appClosed' ? 'Outbox was closed' : 'the computer was asleep'
    log.write(db, {
      level: 'warn',
      kind: 'campaign.startedLate',
      campaignId: row.id,
      message: `Started ${minutes} min late: it was scheduled for ${when.at} (${when.zone}), when ${why}`,
      params: { variant: late, minutes, ...when },
    })
  }

  /**
   * The campaign stays scheduled; the window words why (the refusal's reason, kept as JSON in
   * status_detail) and offers to start, move or undo.
   */
  private startFailed(row: CampaignRow, error: unknown): void {
    // Moved (or undone) by the user while it started: their word stands, the timer aims again.
    if (selectCampaign(this.deps.db, row.id)?.updated_at !== row.updated_at) return
    const failure = startFailure(error)
    this.stayScheduled(row, 'startFailed', JSON.stringify(failure), () => ({
      level: 'error',
      kind: 'campaign.startFailed',
      campaignId: row.id,
      message: `The scheduled start failed: ${failure.message}`,
      params: startFailureParams(failure),
    }))
  }

  private markMissed(row: CampaignRow): void {
    const when = scheduleWords(row.scheduled_at!, row.schedule_zone ?? 'UTC')
    this.stayScheduled(row, 'missed', null, () => ({
      level: 'warn',
      kind: 'campaign.startMissed',
      campaignId: row.id,
      message: `The scheduled start (${when.at}, ${when.zone}) passed while Outbox was closed: it waits for your word`,
      params: when,
    }))
  }

  private stayScheduled(
    row: CampaignRow,
    reason: 'startFailed' | 'missed',
    detail: string | null,
    line: () => LogRecord,
  ): void {
    const { db, clock, log, campaigns } = this.deps
    const marked = db.transaction(() => {
      const moved = updateCampaignStatus(db, {
        id: row.id,
        from: ['scheduled'],
        to: 'scheduled',
        reason,
        detail,
        resumeAt: null,
        now: clock.now(),
      })
      if (moved) log.write(db, line())
      return moved
    })()
    // Not scheduled any more (cancelled meanwhile): nothing to say.
    if (marked) campaigns.afterTransition(row.id, false)
  }
}
