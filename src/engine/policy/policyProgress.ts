/**
 * What the progress says about sending hours and "spread over": when a campaign that may not
 * send now resumes, and the pace its deadline derives.
 */
import type { Progress } from '@shared/contract'
import type { CampaignRow } from '../db/campaigns'
import { selectFirstWaiting } from '../db/hoursAndSpread'
import type { Db } from '../db/open'
import { sendingHoursOf } from './campaignPolicy'
import { campaignClosedUntil, zoneState } from './sendingGate'
import { spreadPaceOf } from './spread'

export function policyProgress(
  db: Db,
  campaign: CampaignRow,
  pending: number,
  now: number,
): Pick<Progress, 'waitingUntil' | 'paceMs'> {
  if (campaign.status !== 'sending' || pending === 0) return { waitingUntil: null, paceMs: null }
  return {
    waitingUntil: waitingUntil(db, campaign, now),
    paceMs: spreadPaceOf(db, campaign, now)?.campaignMs ?? null,
  }
}

/**
 * Outside the hours: when they open. Under recipients' zones: when the first waiting row may
 * go, if even that one waits for its zone's hours (not for a retry, which says nothing about
 * hours).
 */
function waitingUntil(db: Db, campaign: CampaignRow, now: number): number | null {
  const hours = sendingHoursOf(campaign.sending_hours)
  if (hours === null) return null
  if (campaign.recipient_zones !== 1) return campaignClosedUntil(campaign, now)
  const first = selectFirstWaiting(db, campaign.id)
  if (!first || first.next_attempt_at <= now) return null
  return zoneState(hours, now, first.zone).open ? null : first.next_attempt_at
}
