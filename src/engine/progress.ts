/**
 * Campaign progress: the snapshot, and a publisher that pushes it at most every 100 ms per
 * campaign however fast mail goes, and at once on every state change.
 */
import type { Clock } from '@shared/clock'
import { Throttle } from '@shared/throttle'
import { selectCampaign, type CampaignRow } from './db/campaigns'
import { selectCounts } from './db/deliveries'
import { selectFeedbackCounts } from './db/deliveryFeedback'
import { selectAccountCounts, selectCampaignAccounts } from './db/campaignAccounts'
import type { Db } from './db/open'
import { policyProgress } from './policy/policyProgress'
import type { EngineEvents } from './events'
import type { EventPayload } from '@shared/types'

export type Progress = EventPayload<'campaign.progress'>

export const PROGRESS_INTERVAL_MS = 100
const RATE_WINDOW_MS = 60_000

/** Sends per campaign in the last minute, for the rate and the ETA. */
export class RateMeter {
  private readonly stamps = new Map<number, number[]>()

  constructor(private readonly clock: Clock) {}

  record(campaignId: number): void {
    const list = this.stamps.get(campaignId) ?? []
    list.push(this.clock.now())
    this.stamps.set(campaignId, list)
  }

  perMinute(campaignId: number): number {
    const list = this.stamps.get(campaignId)
    if (!list) return 0
    const since = this.clock.now() - RATE_WINDOW_MS
    let drop = 0
    while (drop < list.length && list[drop]! < since) drop++
    if (drop) list.splice(0, drop)
    return list.length
  }
}

export function progressOf(
  db: Db,
  campaign: CampaignRow,
  perMinute: number,
  now: number,
): Progress {
  const c = selectCounts(db, campaign.id)
  const n = (state: keyof typeof c) => c[state] ?? 0
  const total = Object.values(c).reduce((a, b) => a + (b ?? 0), 0)
  const pending = n('queued') + n('retrying') + n('sending')
  const done = total - pending
  const eta =
    campaign.status === 'sending' && pending > 0 && perMinute > 0
      ? Math.round((pending / perMinute) * 60_000)
      : null
  return {
    campaignId: campaign.id,
    status: campaign.status,
    total,
    sent: n('sent'),
    failed: n('failed'),
    uncertain: n('uncertain'),
    pending,
    cancelled: n('cancelled'),
    skipped: n('skipped'),
    percent: total === 0 ? 0 : Math.floor((done / total) * 1000) / 10,
    ratePerMinute: perMinute,
    etaMs: eta,
    isCompleted: campaign.status === 'completed',
    completedAt: campaign.completed_at,
    ...policyProgress(db, campaign, pending, now),
    accounts: accountShares(db, campaign.id),
    feedback: selectFeedbackCounts(db, campaign.id),
  }
}

/** Each of the campaign's accounts with its sent, failed and uncertain, in order. */
function accountShares(db: Db, campaignId: number): Progress['accounts'] {
  const counts = selectAccountCounts(db, campaignId)
  const count = (accountId: number, state: 'sent' | 'failed' | 'uncertain') =>
    counts.find((c) => c.account_id === accountId && c.state === state)?.n ?? 0
  return selectCampaignAccounts(db, campaignId).map((a) => ({
    accountId: a.account_id,
    sent: count(a.account_id, 'sent'),
    failed: count(a.account_id, 'failed'),
    uncertain: count(a.account_id, 'uncertain'),
    stopped: a.stopped_reason,
    detail: a.stopped_detail,
  }))
}

export class ProgressPublisher {
  /** One per campaign: at most every PROGRESS_INTERVAL_MS, at once on a status change. */
  private readonly paces = new Map<number, Throttle>()

  constructor(
    private readonly db: Db,
    private readonly events: EngineEvents,
    private readonly clock: Clock,
    readonly rates: RateMeter,
  ) {}

  snapshot(campaignId: number): Progress | null {
    const campaign = selectCampaign(this.db, campaignId)
    if (!campaign) return null
    return progressOf(this.db, campaign, this.rates.perMinute(campaignId), this.clock.now())
  }

  /** Counts changed: push soon, but not more than every PROGRESS_INTERVAL_MS. */
  changed(campaignId: number): void {
    this.paceOf(campaignId).schedule()
  }

  /** The campaign's status changed: push now, whatever the pace. */
  push(campaignId: number): void {
    this.paceOf(campaignId).flush()
  }

  stop(): void {
    for (const pace of this.paces.values()) pace.cancel()
  }

  private paceOf(campaignId: number): Throttle {
    let pace = this.paces.get(campaignId)
    if (!pace) {
      pace = new Throttle(this.clock, PROGRESS_INTERVAL_MS, () => {
        const progress = this.snapshot(campaignId)
        if (progress) this.events.emit('campaign.progress', progress)
      })
      this.paces.set(campaignId, pace)
    }
    return pace
  }
}
