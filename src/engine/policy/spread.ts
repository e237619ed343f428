/**
 * "Spread over" in the engine: the pace derived from the campaign's stored rows and deadline
 * (`finish_by`, fixed at the start), so a restart, failures and retries keep the end time.
 */
import { spreadSpacingMs } from '@shared/sending/spreadPace'
import type { CampaignRow } from '../db/campaigns'
import { selectCounts } from '../db/deliveries'
import { countSendingAccounts } from '../db/hoursAndSpread'
import type { Db } from '../db/open'
import { sendingHoursOf } from './campaignPolicy'

/** How long an account keeps a derived pace before it counts the rows again. */
export const SPREAD_RECHECK_MS = 5000

/**
 * The campaign's pace under "spread over", now: between two sends on each of its accounts,
 * and for the campaign as a whole. Null when it has no deadline (the fixed delay rules).
 */
export function spreadPaceOf(
  db: Db,
  campaign: CampaignRow,
  now: number,
): { perAccountMs: number; campaignMs: number } | null {
  if (campaign.finish_by === null) return null
  const counts = selectCounts(db, campaign.id)
  const spread = {
    now,
    finishBy: campaign.finish_by,
    rowsLeft: (counts.queued ?? 0) + (counts.retrying ?? 0) + (counts.sending ?? 0),
    hours: sendingHoursOf(campaign.sending_hours),
    accounts: Math.max(1, countSendingAccounts(db, campaign.id)),
  }
  return {
    perAccountMs: spreadSpacingMs(spread),
    campaignMs: spreadSpacingMs({ ...spread, accounts: 1 }),
  }
}

/** One account's base spacing per campaign: the fixed delay, or the derived pace (cached). */
export class CampaignPaces {
  private readonly held = new Map<number, { at: number; ms: number }>()

  /** Something changed (an account stopped, a campaign ended): count the rows again. */
  forget(): void {
    this.held.clear()
  }

  baseDelay(db: Db, campaign: CampaignRow, now: number): number {
    if (campaign.finish_by === null) return campaign.delay_ms
    const held = this.held.get(campaign.id)
    if (held && now - held.at < SPREAD_RECHECK_MS && now >= held.at) return held.ms
    const ms = spreadPaceOf(db, campaign, now)?.perAccountMs ?? campaign.delay_ms
    this.held.set(campaign.id, { at: now, ms })
    return ms
  }
}
