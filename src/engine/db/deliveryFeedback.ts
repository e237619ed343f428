/** One statement per function: what came back about each delivery (bounce, reply…). */
import type { FeedbackFilter } from '@shared/contract'
import type { Db } from './open'
import { prepared } from './prepared'

export interface FeedbackCountsRow {
  bounced: number
  softBounced: number
  replied: number
  autoReplied: number
  unsubscribed: number
}

/** A campaign's figures, each delivery counted once per kind. */
export function selectFeedbackCounts(db: Db, campaignId: number): FeedbackCountsRow {
  return prepared(
    db,
    `SELECT coalesce(sum(bounce = 'hard'), 0) AS bounced,
            coalesce(sum(bounce = 'soft'), 0) AS softBounced,
            count(replied_at) AS replied,
            count(auto_replied_at) AS autoReplied,
            count(unsubscribed_at) AS unsubscribed
     FROM delivery_feedback WHERE campaign_id = ?`,
  ).get(campaignId) as FeedbackCountsRow
}

/** The SQL condition on a delivery `d` for a filter of the recipients table. */
export const FEEDBACK_CONDITION: Record<FeedbackFilter, string> = {
  bounced: "f.bounce = 'hard'",
  softBounced: "f.bounce = 'soft'",
  replied: 'f.replied_at IS NOT NULL',
  autoReplied: 'f.auto_replied_at IS NOT NULL',
  unsubscribed: 'f.unsubscribed_at IS NOT NULL',
}
