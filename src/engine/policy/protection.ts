/**
 * Self-protection: a campaign whose latest outcomes hold too many permanent failures (5xx: no
 * such mailbox, policy refusals; and hard bounces read from the mailbox, the same refusal made
 * after the server took the message) pauses before the account's reputation suffers. Only the
 * user resumes it; a resume (like the start) forgives the outcomes before it.
 */
import type { Settings } from '@shared/contract'
import type { Db } from '../db/open'
import { selectRecentOutcomes } from '../db/protection'

/** How many of the latest outcomes are looked at. */
export const PROTECTION_WINDOW = 200
/** Fewer outcomes than this say too little to judge. */
export const PROTECTION_MIN_OUTCOMES = 50

/**
 * After a 5xx failure or a hard bounce: the pause's detail (the counts) when the share of 5xx failures among
 * the campaign's latest outcomes is above the threshold; null while it is not.
 */
export function protectionTripped(
  db: Db,
  campaignId: number,
  protection: Settings['protection'],
): string | null {
  if (!protection.enabled) return null
  const { total, permanent } = selectRecentOutcomes(db, campaignId, PROTECTION_WINDOW)
  if (total < PROTECTION_MIN_OUTCOMES) return null
  if (permanent * 100 <= protection.permanentFailurePercent * total) return null
  const share = Math.round((permanent * 1000) / total) / 10
  return `5xx: ${permanent}/${total} = ${share}% > ${protection.permanentFailurePercent}%`
}
