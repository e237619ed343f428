/**
 * The campaign lifecycle: draft (⇄ scheduled) → sending ⇄ paused → completed, or cancelled.
 * Every transition is one transaction with its log line, then a progress push and, when
 * sending may resume, a wake-up for the senders of the campaign's accounts. Writing and editing
 * a draft is `drafts.ts`; starting a scheduled campaign at its time is `schedule/scheduler.ts`.
 */
import type { Campaign, Schedule } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import type { Params } from '@shared/contract'
import type { AccountRow } from './db/accounts'
import { requireCampaignAccounts } from './campaignAccounts'
import type { Clock } from '@shared/clock'
import { completeIfNothingLeft } from './completion'
import {
  deleteCampaign,
  linkTaggingOf,
  selectCampaign,
  selectCampaigns,
  updateCampaignStatus,
  type CampaignRow,
  type CampaignStatus,
} from './db/campaigns'
import {
  cancelOpenDeliveries,
  countDeliveriesOfCampaign,
  deleteDeliveriesOfCampaign,
  deleteDeliveriesOfUnstartedCampaigns,
  insertDeliveriesForCampaign,
  seedCampaignCounts,
  sliceEndOfRecipients,
} from './db/deliveries'
import { clearCampaignAccountStops } from './db/campaignAccounts'
import { fixFinishBy } from './db/hoursAndSpread'
import type { Db } from './db/open'
import { updateProtectionSince } from './db/protection'
import { countRecipients } from './db/recipients'
import { clearSchedule, updateSchedule } from './db/schedules'
import type { EngineLog } from './log/engineLog'
import { preflight } from './preflight'
import { accountIdsOf, policyOf, recipientZonesOf, scheduleOf } from './policy/campaignPolicy'
import type { ProgressPublisher } from './progress'
import { scheduleWords } from './schedule/scheduleWords'
import { nextTurn } from './nextTurn'

/** Deliveries written per transaction by a start: a few milliseconds each (bench: start_100k_longest_hold_ms). */
const START_SLICE_ROWS = 2500

export interface CampaignDeps {
  db: Db
  clock: Clock
  log: EngineLog
  progress: ProgressPublisher
  /**
   * The campaign has work, or stopped sending: the senders of its accounts should look again
   * (for its rows, or for their other campaigns at those campaigns' pace).
   */
  wakeCampaign: (campaignId: number) => void
  /** A campaign changed status: the scheduler looks again for the next scheduled start. */
  scheduleChanged?: () => void
}

export function settingsOf(row: CampaignRow): Campaign['settings'] {
  return {
    delayMs: row.delay_ms,
    concurrency: row.concurrency,
    maxAttempts: row.max_attempts,
    backoffMs: row.backoff_ms,
    timeoutMs: row.timeout_ms,
  }
}

export class Campaigns {
  /** The campaigns whose start is checking and writing their recipients now. */
  private readonly starting = new Set<number>()
  /** Those starts, settled when they are over: the engine's stop waits for them. */
  private readonly underWay = new Set<Promise<unknown>>()
  /** The engine is stopping: a start under way stops at its next slice, leaving nothing. */
  private stopping = false

  constructor(private readonly deps: CampaignDeps) {}

  toPublic(row: CampaignRow): Campaign {
    return {
      id: row.id,
      name: row.name,
      accountId: row.account_id,
      accountIds: accountIdsOf(this.deps.db, row),
      policy: policyOf(row),
      schedule: scheduleOf(row),
      finishBy: row.finish_by,
      subject: row.subject,
      preheader: row.preheader,
      status: row.status,
      statusReason: row.status_reason,
      statusDetail: row.status_detail,
      resumeAt: row.resume_at,
      settings: settingsOf(row),
      unsubscribe: { mailto: row.unsubscribe_mailto, url: row.unsubscribe_url },
      linkTagging: linkTaggingOf(row),
      recipients: countRecipients(this.deps.db, row.id),
      recipientZones: recipientZonesOf(row),
      createdAt: row.created_at,
      startedAt: row.started_at,
      completedAt: row.completed_at,
      cancelledAt: row.cancelled_at,
      progress: this.deps.progress.snapshot(row.id)!,
    }
  }

  require(id: number): CampaignRow {
    const row = selectCampaign(this.deps.db, id)
    if (!row) {
      throw new OutboxError('not_found', `No campaign ${id}`, undefined, {
        reason: 'campaign.notFound',
      })
    }
    return row
  }

  get(id: number): Campaign {
    return this.toPublic(this.require(id))
  }

  list(): Campaign[] {
    return selectCampaigns(this.deps.db).map((row) => this.toPublic(row))
  }

  /** Never while sending: pause or cancel it first. */
  delete(id: number): { count: number } {
    const campaign = this.require(id)
    if (campaign.status === 'sending') {
      throw new OutboxError(
        'conflict',
        'A campaign cannot be deleted while it is sending: pause or cancel it first',
        undefined,
        { reason: 'campaign.deleteWhileSending' },
      )
    }
    const { db, log } = this.deps
    db.transaction(() => {
      deleteCampaign(db, id)
      log.write(db, {
        level: 'info',
        kind: 'campaign.deleted',
        campaignId: id,
        message: `Campaign "${campaign.name}" deleted`,
        params: { name: campaign.name },
      })
    })()
    this.deps.scheduleChanged?.()
    return { count: 1 }
  }

  /**
   * Checks every recipient and writes their deliveries in slices, with the event loop free
   * between them (in the desktop app this thread is the window's), then makes the campaign
   * `sending` in one last transaction: until then the sender does not see its rows, and a crash
   * leaves a draft whose rows the next start of the engine removes (`removeInterruptedStarts`).
   */
  async start(id: number): Promise<Campaign> {
    const campaign = this.require(id)
    this.requireStartable(campaign)
    if (this.starting.has(id)) {
      throw new OutboxError(
        'conflict',
        `Campaign "${campaign.name}" is already starting`,
        undefined,
        {
          reason: 'campaign.alreadyStarting',
          params: { name: campaign.name },
        },
      )
    }
    this.starting.add(id)
    let started = false
    const work = (async () => {
      const account = await this.checkStartable(campaign, () => this.stopIfStopping(campaign))
      const domain = account.from_email.split('@')[1] ?? 'outbox.invalid'
      return this.writeDeliveries(campaign, domain)
    })()
    this.underWay.add(work)
    try {
      const completed = await work
      started = true
      this.afterTransition(id, !completed)
      return this.get(id)
    } finally {
      this.underWay.delete(work)
      this.starting.delete(id)
      // A scheduled campaign the scheduler left alone while this start ran may be due.
      if (!started) this.deps.scheduleChanged?.()
    }
  }

  /** Whether a start of the campaign is under way (the scheduler leaves it alone meanwhile). */
  isStarting(id: number): boolean {
    return this.starting.has(id)
  }

  /**
   * The engine stops: each start under way stops at its next slice and removes what it wrote
   * while the database is still open. Resolves when none is left.
   */
  async stopStarts(): Promise<void> {
    this.stopping = true
    try {
      await Promise.allSettled([...this.underWay])
    } finally {
      this.stopping = false
    }
  }

  private stopIfStopping(campaign: CampaignRow): void {
    if (!this.stopping) return
    throw new OutboxError(
      'unavailable',
      `Outbox stopped while campaign "${campaign.name}" was starting: start it again`,
    )
  }

  private requireStartable(campaign: CampaignRow): void {
    if (campaign.status === 'draft' || campaign.status === 'scheduled') return
    throw new OutboxError(
      'conflict',
      `Campaign ${campaign.id} is ${campaign.status}; only a draft or a scheduled campaign can start`,
      undefined,
      {
        reason: 'campaign.cannotStart',
        params: { name: campaign.name, status: campaign.status },
      },
    )
  }

  /**
   * The deliveries, a slice of recipients per transaction, then the switch to `sending` with
   * the counters and the log line. Returns whether the campaign completed at once (every
   * recipient on the do-not-send list). If anything changed meanwhile (an edit, a cancel), the
   * rows written are removed and the start is refused: the campaign stays as the user left it.
   */
  private async writeDeliveries(campaign: CampaignRow, domain: string): Promise<boolean> {
    const { db, clock, log } = this.deps
    const id = campaign.id
    const now = clock.now()
    try {
      for (let afterId = 0; ;) {
        const throughId = sliceEndOfRecipients(db, {
          campaignId: id,
          afterId,
          rows: START_SLICE_ROWS,
        })
        if (throughId === null) break
        db.transaction(() =>
          insertDeliveriesForCampaign(db, {
            campaignId: id,
            messageIdDomain: domain,
            now,
            afterId,
            throughId,
          }),
        ).immediate()
        afterId = throughId
        await nextTurn()
        this.stopIfStopping(campaign)
      }
      return db
        .transaction(() => {
          const current = this.require(id)
          this.requireStartable(current) // cancelled or deleted meanwhile
          // Every recipient has its one row (a row goes with its recipient; one per recipient):
          // a list replaced meanwhile by as many others, which may reuse the same ids, is seen.
          const queued = countDeliveriesOfCampaign(db, id)
          // The whole row, not only updated_at: an edit within the same millisecond (or with the
          // clock set back) still changes the content or the list's columns it checked.
          const edited = JSON.stringify(current) !== JSON.stringify(campaign)
          if (edited || countRecipients(db, id) !== queued) {
            throw new OutboxError(
              'conflict',
              `Campaign "${campaign.name}" changed while it was being checked: start it again`,
              undefined,
              { reason: 'campaign.changedWhileStarting', params: { name: campaign.name } },
            )
          }
          this.transition(campaign, ['draft', 'scheduled'], 'sending', null, null)
          updateProtectionSince(db, id, now)
          fixFinishBy(db, { id, now })
          seedCampaignCounts(db, id)
          log.write(db, {
            level: 'info',
            kind: 'campaign.started',
            campaignId: id,
            message: `Campaign started: ${queued} recipients queued`,
            params: { count: queued },
          })
          // Every recipient may be skipped (suppressed): nothing to send is done, not stuck.
          return completeIfNothingLeft(db, log, id, now)
        })
        .immediate()
    } catch (error) {
      // A database the host closed meanwhile keeps them: the next engine start removes them.
      if (db.open) db.transaction(() => deleteDeliveriesOfCampaign(db, id)).immediate()
      throw error
    }
  }

  /**
   * At the engine's start, before any sending: the rows of a start a crash cut short (their
   * campaign is still a draft) go, so that start leaves nothing behind.
   */
  removeInterruptedStarts(): void {
    const { db } = this.deps
    const except = [...this.starting] // a start under way is not cut short
    db.transaction(() => deleteDeliveriesOfUnstartedCampaigns(db, { except })).immediate()
  }

  /**
   * What a start checks, before anything is written: recipients, the account, the pre-flight.
   * A schedule runs it too, and the start at the scheduled time runs it again.
   */
  async checkStartable(campaign: CampaignRow, afterSlice?: () => void): Promise<AccountRow> {
    const { db } = this.deps
    if (countRecipients(db, campaign.id) === 0) {
      throw new OutboxError(
        'conflict',
        `Campaign "${campaign.name}" has no recipients yet: add some before starting it`,
        undefined,
        { reason: 'campaign.noRecipients', params: { name: campaign.name } },
      )
    }
    const account = requireCampaignAccounts(db, campaign)
    const check = await preflight(db, campaign, afterSlice)
    if (!check.ok) {
      const first = check.errors[0]!
      throw new OutboxError(
        'invalid_input',
        `The campaign cannot start: ${first.message} (${first.rows} recipient(s))`,
        check,
        {
          reason: 'campaign.preflightFailed',
          params: { count: check.errors.reduce((n, e) => n + e.rows, 0) },
        },
      )
    }
    return account
  }

  /** A draft (or a scheduled campaign: moved) starts by itself at `schedule.at`. */
  async schedule(id: number, schedule: Schedule): Promise<Campaign> {
    const { db, clock } = this.deps
    const campaign = this.require(id)
    if (campaign.status !== 'draft' && campaign.status !== 'scheduled') {
      throw new OutboxError(
        'conflict',
        `Campaign ${id} is ${campaign.status}; only a draft can be scheduled`,
        undefined,
        {
          reason: 'campaign.cannotSchedule',
          params: { name: campaign.name, status: campaign.status },
        },
      )
    }
    if (schedule.at <= clock.now()) {
      throw new OutboxError(
        'invalid_input',
        'The start time has passed: choose a time in the future, or start now',
        undefined,
        { reason: 'campaign.scheduleNotFuture' },
      )
    }
    await this.checkStartable(campaign) // the transition below refuses if it moved meanwhile
    const when = scheduleWords(schedule.at, schedule.zone)
    db.transaction(() => {
      this.transition(campaign, ['draft', 'scheduled'], 'scheduled', null, null, null, {
        note: ` for ${when.at} (${when.zone})`,
        params: when,
      })
      updateSchedule(db, { id, ...schedule, now: clock.now() })
    })()
    this.afterTransition(id, false)
    return this.get(id)
  }

  /** A scheduled campaign becomes a draft again (editable), its schedule gone. */
  unschedule(id: number): Campaign {
    const { db, clock } = this.deps
    const campaign = this.require(id)
    if (campaign.status !== 'scheduled') {
      throw new OutboxError(
        'conflict',
        `Campaign ${id} is ${campaign.status}, not scheduled`,
        undefined,
        {
          reason: 'campaign.notScheduled',
          params: { name: campaign.name, status: campaign.status },
        },
      )
    }
    db.transaction(() => {
      this.transition(campaign, ['scheduled'], 'draft', null, null)
      clearSchedule(db, id, clock.now())
    })()
    this.afterTransition(id, false)
    return this.get(id)
  }

  pause(id: number, reason = 'user', detail: string | null = null, resumeAt: number | null = null) {
    const campaign = this.require(id)
    if (campaign.status === 'paused') return this.toPublic(campaign)
    this.deps.db.transaction(() => {
      this.transition(campaign, ['sending'], 'paused', reason, detail, resumeAt)
    })()
    this.afterTransition(id, true) // its accounts go on with their other campaigns
    return this.get(id)
  }

  /**
   * `by` the user, or the engine (a quota pause's end). Only the user's resume forgives past
   * outcomes (self-protection) and sends again through the accounts that stopped for this
   * campaign (a sending campaign may have some).
   */
  resume(id: number, by: 'user' | 'engine' = 'user'): Campaign {
    const campaign = this.require(id)
    if (campaign.status === 'sending') {
      if (by === 'user' && this.deps.db.transaction(() => this.restartAccounts(id))()) {
        this.afterTransition(id, true)
      }
      return this.get(id)
    }
    this.deps.db.transaction(() => {
      this.transition(campaign, ['paused'], 'sending', null, null)
      if (by === 'user') {
        updateProtectionSince(this.deps.db, id, this.deps.clock.now())
        this.restartAccounts(id)
      }
    })()
    this.afterTransition(id, true)
    this.settle(id)
    return this.get(id)
  }

  /** Inside a transaction: the campaign's stopped accounts send it again (with a log line). */
  restartAccounts(id: number): boolean {
    const { db, log } = this.deps
    const count = clearCampaignAccountStops(db, id)
    if (count === 0) return false
    log.write(db, {
      level: 'info',
      kind: 'campaign.accountsResumed',
      campaignId: id,
      message: `${count} stopped account(s) send this campaign again`,
      params: { count },
    })
    return true
  }

  cancel(id: number): Campaign {
    const { db, clock } = this.deps
    const campaign = this.require(id)
    db.transaction(() => {
      this.transition(
        campaign,
        ['draft', 'scheduled', 'sending', 'paused'],
        'cancelled',
        'user',
        null,
      )
      cancelOpenDeliveries(db, id, clock.now())
    })()
    this.afterTransition(id, true) // its accounts go on with their other campaigns
    return this.get(id)
  }

  /** Inside a transaction: the status change and its log line (`said` adds to the line). */
  transition(
    campaign: CampaignRow,
    from: readonly CampaignStatus[],
    to: TransitionTarget,
    reason: string | null,
    detail: string | null,
    resumeAt: number | null = null,
    said: { note?: string; params?: Params } = {},
  ): void {
    const { db, clock, log } = this.deps
    const moved = updateCampaignStatus(db, {
      id: campaign.id,
      from,
      to,
      reason,
      detail,
      resumeAt,
      now: clock.now(),
    })
    if (!moved) {
      const current = selectCampaign(db, campaign.id)?.status
      throw new OutboxError(
        'conflict',
        `Campaign ${campaign.id} is ${current}; it cannot become ${to}`,
        undefined,
        { reason: 'campaign.cannotMove', params: { status: current ?? 'draft', to } },
      )
    }
    log.write(db, {
      level: to === 'paused' && reason !== 'user' ? 'warn' : 'info',
      kind: `campaign.${to}`,
      campaignId: campaign.id,
      message: `Campaign ${campaign.status} → ${to}${reason ? ` (${reason})` : ''}${detail ? `: ${detail}` : ''}${said.note ?? ''}`,
      params: { ...transitionParams(campaign.status, to, reason, detail), ...said.params },
    })
  }

  /** A sending campaign with nothing left to send completes (after recovery, or a resume). */
  settle(id: number): boolean {
    const { db, clock, log } = this.deps
    const completed = db.transaction(() => completeIfNothingLeft(db, log, id, clock.now()))()
    if (completed) this.deps.progress.push(id)
    return completed
  }

  /**
   * Pushes the campaign's progress; `wake`: its accounts' senders look again (it has work, or
   * it stopped sending and no longer holds them to its pace).
   */
  afterTransition(id: number, wake: boolean): void {
    this.deps.progress.push(id)
    if (wake) this.deps.wakeCampaign(id)
    this.deps.scheduleChanged?.()
  }
}

type TransitionTarget = 'sending' | 'paused' | 'cancelled' | 'scheduled' | 'draft'

/**
 * A transition's line: the variant is why it paused, or the status it left (where sending
 * started from; a schedule made or moved; a schedule undone).
 */
function transitionParams(
  from: CampaignStatus,
  to: TransitionTarget,
  reason: string | null,
  detail: string | null,
): Params {
  const variant = to === 'paused' ? reason : to === 'cancelled' ? null : from
  return {
    from,
    ...(variant !== null && { variant }),
    ...(detail !== null && { detail }),
  }
}
