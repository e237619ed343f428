/**
 * The campaign lifecycle: draft → sending ⇄ paused → completed, or cancelled. Every transition
 * is one transaction with its log line, then a progress push and, when sending may resume, a
 * wake-up for the account's sender. Writing and editing a draft is `drafts.ts`.
 */
import type { Campaign, Schedule } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import type { Params } from '@shared/contract'
import { requireAccount } from './accounts'
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
  insertDeliveriesForCampaign,
  seedCampaignCounts,
} from './db/deliveries'
import { fixFinishBy } from './db/hoursAndSpread'
import type { Db } from './db/open'
import { countRecipients } from './db/recipients'
import type { EngineLog } from './log/engineLog'
import { preflight } from './preflight'
import { accountIdsOf, policyOf, recipientZonesOf, scheduleOf } from './policy/campaignPolicy'
import type { ProgressPublisher } from './progress'

export interface CampaignDeps {
  db: Db
  clock: Clock
  log: EngineLog
  progress: ProgressPublisher
  /** The account has work: its sender should look for it. */
  wake: (accountId: number) => void
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
    return { count: 1 }
  }

  /** Writes every delivery in ONE transaction and returns; the sender does the rest. */
  start(id: number): Campaign {
    const { db, clock, log } = this.deps
    const campaign = this.require(id)
    if (campaign.status !== 'draft') {
      throw new OutboxError(
        'conflict',
        `Campaign ${id} is ${campaign.status}; only a draft can start`,
        undefined,
        {
          reason: 'campaign.cannotStart',
          params: { name: campaign.name, status: campaign.status },
        },
      )
    }
    if (countRecipients(db, id) === 0) {
      throw new OutboxError(
        'conflict',
        `Campaign "${campaign.name}" has no recipients yet: add some before starting it`,
        undefined,
        { reason: 'campaign.noRecipients', params: { name: campaign.name } },
      )
    }
    const account = requireAccount(db, campaign.account_id)
    const check = preflight(db, campaign)
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
    const domain = account.from_email.split('@')[1] ?? 'outbox.invalid'
    const completed = db
      .transaction(() => {
        const now = clock.now()
        this.transition(campaign, ['draft'], 'sending', null, null)
        fixFinishBy(db, { id, now })
        const count = insertDeliveriesForCampaign(db, {
          campaignId: id,
          messageIdDomain: domain,
          now,
        })
        seedCampaignCounts(db, id)
        log.write(db, {
          level: 'info',
          kind: 'campaign.started',
          campaignId: id,
          message: `Campaign started: ${count} recipients queued`,
          params: { count },
        })
        // Every recipient may be skipped (suppressed): nothing to send is done, not stuck.
        return completeIfNothingLeft(db, log, id, now)
      })
      .immediate()
    this.afterTransition(id, completed ? null : account.id)
    return this.get(id)
  }

  schedule(id: number, _schedule: Schedule): Campaign {
    throw new OutboxError('conflict', `Scheduling campaign ${id} is being built`)
  }

  unschedule(id: number): Campaign {
    throw new OutboxError('conflict', `Scheduling campaign ${id} is being built`)
  }

  pause(id: number, reason = 'user', detail: string | null = null, resumeAt: number | null = null) {
    const campaign = this.require(id)
    if (campaign.status === 'paused') return this.toPublic(campaign)
    this.deps.db.transaction(() => {
      this.transition(campaign, ['sending'], 'paused', reason, detail, resumeAt)
    })()
    this.afterTransition(id, null)
    return this.get(id)
  }

  resume(id: number): Campaign {
    const campaign = this.require(id)
    if (campaign.status === 'sending') return this.toPublic(campaign)
    this.deps.db.transaction(() => {
      this.transition(campaign, ['paused'], 'sending', null, null)
    })()
    this.afterTransition(id, campaign.account_id)
    this.settle(id)
    return this.get(id)
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
    this.afterTransition(id, null)
    return this.get(id)
  }

  /** Inside a transaction: the status change and its log line. */
  transition(
    campaign: CampaignRow,
    from: readonly CampaignStatus[],
    to: 'sending' | 'paused' | 'cancelled',
    reason: string | null,
    detail: string | null,
    resumeAt: number | null = null,
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
      message: `Campaign ${campaign.status} → ${to}${reason ? ` (${reason})` : ''}${detail ? `: ${detail}` : ''}`,
      params: transitionParams(campaign.status, to, reason, detail),
    })
  }

  /** A sending campaign with nothing left to send completes (after recovery, or a resume). */
  settle(id: number): boolean {
    const { db, clock, log } = this.deps
    const completed = db.transaction(() => completeIfNothingLeft(db, log, id, clock.now()))()
    if (completed) this.deps.progress.push(id)
    return completed
  }

  afterTransition(id: number, wakeAccount: number | null): void {
    this.deps.progress.push(id)
    if (wakeAccount !== null) this.deps.wake(wakeAccount)
  }
}

/** A transition's line: the variant is why it paused, or where sending started from. */
function transitionParams(
  from: CampaignStatus,
  to: 'sending' | 'paused' | 'cancelled',
  reason: string | null,
  detail: string | null,
): Params {
  const variant = to === 'paused' ? reason : to === 'sending' ? from : null
  return {
    from,
    ...(variant !== null && { variant }),
    ...(detail !== null && { detail }),
  }
}
