/** The user's hand on deliveries: lists and pages, retry/clear of failed sends, resend/confirm of uncertain ones. */
import type { Delivery, DeliveryPage, DeliveryState, FeedbackFilter } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import { requireLiveAccountOf } from './campaignAccounts'
import type { Campaigns } from './campaigns'
import type { Clock } from '@shared/clock'
import { completeIfNothingLeft } from './completion'
import { selectSendingAccountsOfCampaign } from './db/campaignAccounts'
import { updateCampaignStatus } from './db/campaigns'
import {
  clearFailed,
  countSuppressedFailed,
  markUncertainSent,
  requeueFailed,
  requeueUncertain,
  selectDeliveriesInState,
  type DeliveryRow,
} from './db/deliveries'
import { countDeliveries, selectDeliveryPage } from './db/deliveryPage'
import type { Db } from './db/open'
import type { EngineLog, LogRecord } from './log/engineLog'
import type { ProgressPublisher } from './progress'

type Scope = { campaignId: number; deliveryId: number | null }

/** States whose `account_id` is the account that sent it, failed it or is sending it now. */
const ACCOUNT_STATES = new Set<DeliveryState>(['sending', 'sent', 'failed', 'uncertain'])

export function publicDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    email: row.email,
    state: row.state,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastCode: row.last_code,
    lastEnhanced: row.last_enhanced,
    lastResponse: row.last_response,
    messageId: row.message_id,
    updatedAt: row.updated_at,
    accountId: ACCOUNT_STATES.has(row.state) ? row.account_id : null,
    feedback: {
      bounce: row.bounce ?? null,
      replied: row.replied_at != null,
      autoReplied: row.auto_replied_at != null,
      unsubscribed: row.unsubscribed_at != null,
    },
  }
}

export class DeliveryActions {
  constructor(
    private readonly deps: {
      db: Db
      clock: Clock
      log: EngineLog
      progress: ProgressPublisher
      campaigns: Campaigns
      wakeCampaign: (campaignId: number) => void
    },
  ) {}

  list(p: { campaignId: number; state: DeliveryState; limit: number; offset: number }) {
    this.deps.campaigns.require(p.campaignId)
    return selectDeliveriesInState(this.deps.db, p).map(publicDelivery)
  }

  /** Import order, every state or one, searched by address; `total` counts every match. */
  page(p: {
    campaignId: number
    state: DeliveryState | null
    search: string | null
    feedback: FeedbackFilter | null
    limit: number
    offset: number
  }): DeliveryPage {
    this.deps.campaigns.require(p.campaignId)
    const { campaignId, state, search, feedback } = p
    return {
      total: countDeliveries(this.deps.db, { campaignId, state, search, feedback }),
      items: selectDeliveryPage(this.deps.db, p).map(publicDelivery),
    }
  }

  retryFailed(scope: Scope) {
    const result = this.requeue(
      scope,
      requeueFailed,
      'delivery.retried',
      'Failed send queued again',
    )
    // Nothing went back, and the reason is the do-not-send list (a 5.1.x reply puts an address
    // there): say so, rather than seem to do nothing. Mixed lists retry the others quietly;
    // the skipped rows stay in the failed list with their reply.
    if (result.count === 0) {
      const suppressed = countSuppressedFailed(this.deps.db, scope)
      if (suppressed > 0) {
        throw new OutboxError(
          'conflict',
          `${suppressed} of these addresses are on the do-not-send list and are not sent again`,
          undefined,
          { reason: 'delivery.suppressed', params: { count: suppressed } },
        )
      }
    }
    return result
  }

  resendUncertain(scope: Scope) {
    return this.requeue(
      scope,
      requeueUncertain,
      'delivery.resend',
      'Uncertain send queued again (same Message-ID)',
    )
  }

  clearFailed(scope: Scope) {
    this.deps.campaigns.require(scope.campaignId)
    return { count: clearFailed(this.deps.db, scope) }
  }

  markSent(scope: Scope) {
    this.deps.campaigns.require(scope.campaignId)
    const count = this.markUncertainSent(scope, 'Marked as sent by the user', (n) => ({
      level: 'info',
      kind: 'delivery.marked-sent',
      campaignId: scope.campaignId,
      message: `${n} uncertain send(s) marked as sent by the user`,
      params: { count: n },
    }))
    return { count }
  }

  /**
   * The mailbox reader found that an uncertain send went out: its copy is in the Sent folder, or
   * a bounce names it (the server took it, then could not deliver it). Never a resend.
   */
  settleUncertain(p: { campaignId: number; deliveryId: number; by: 'sentFolder' | 'bounce' }) {
    const note =
      p.by === 'sentFolder'
        ? 'Found in the Sent folder: the server took it'
        : 'A bounce names this message: the server took it'
    return this.markUncertainSent(p, note, () => ({
      level: 'info',
      kind: 'delivery.settled',
      campaignId: p.campaignId,
      deliveryId: p.deliveryId,
      message: `Uncertain send settled as sent: ${note.charAt(0).toLowerCase()}${note.slice(1)}`,
      params: { variant: p.by },
    }))
  }

  /** Uncertain → sent, logged, the campaign completed when nothing is left, its figures pushed. */
  private markUncertainSent(scope: Scope, note: string, line: (count: number) => LogRecord) {
    const { db, clock, log } = this.deps
    const count = db.transaction(() => {
      const n = markUncertainSent(db, { ...scope, now: clock.now(), note })
      if (n) log.write(db, line(n))
      completeIfNothingLeft(db, log, scope.campaignId, clock.now())
      return n
    })()
    this.deps.progress.push(scope.campaignId)
    return count
  }

  /** Back to the queue; a completed campaign goes back to sending. */
  private requeue(
    scope: Scope,
    statement: (db: Db, p: Scope & { now: number }) => number,
    kind: 'delivery.retried' | 'delivery.resend',
    message: string,
  ) {
    const { db, clock, log } = this.deps
    const campaign = this.deps.campaigns.require(scope.campaignId)
    // A cancelled campaign never sends again: a row queued there would wait for ever.
    if (campaign.status === 'cancelled') {
      throw new OutboxError(
        'conflict',
        `Campaign "${campaign.name}" was cancelled: nothing of it is sent again`,
        undefined,
        { reason: 'campaign.cancelledNoRequeue', params: { name: campaign.name } },
      )
    }
    requireLiveAccountOf(db, campaign) // nothing goes back to a queue only deleted accounts had
    const count = db.transaction(() => {
      const now = clock.now()
      const n = statement(db, { ...scope, now })
      if (n === 0) return 0
      // Every live account of it had stopped for it (the one that went on was deleted since):
      // the user's word sends through them again, as a resume does, or no one would.
      if (selectSendingAccountsOfCampaign(db, campaign.id).length === 0)
        this.deps.campaigns.restartAccounts(campaign.id)
      updateCampaignStatus(db, {
        id: campaign.id,
        from: ['completed'],
        to: 'sending',
        reason: null,
        detail: null,
        resumeAt: null,
        now,
      })
      log.write(db, {
        level: 'info',
        kind,
        campaignId: campaign.id,
        deliveryId: scope.deliveryId,
        message: `${message}: ${n}`,
        params: { count: n },
      })
      return n
    })()
    this.deps.progress.push(campaign.id)
    if (count) this.deps.wakeCampaign(campaign.id)
    return { count }
  }
}
