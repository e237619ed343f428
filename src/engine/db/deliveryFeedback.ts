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

export type FeedbackMark = 'replied_at' | 'auto_replied_at' | 'unsubscribed_at'

/**
 * A bounce on a delivery. Hard wins over soft and is never downgraded; the time is the first
 * bounce of the severity that stands. True when the delivery's bounce changed.
 */
export function upsertBounce(
  db: Db,
  p: { deliveryId: number; campaignId: number; severity: 'hard' | 'soft'; at: number },
): boolean {
  return (
    prepared(
      db,
      `INSERT INTO delivery_feedback (delivery_id, campaign_id, bounce, bounced_at)
       VALUES (@deliveryId, @campaignId, @severity, @at)
       ON CONFLICT (delivery_id) DO UPDATE SET bounce = excluded.bounce,
         bounced_at = excluded.bounced_at
       WHERE bounce IS NULL OR (bounce = 'soft' AND excluded.bounce = 'hard')`,
    ).run(p).changes === 1
  )
}

/** A reply, an auto-reply or an unsubscribe request: the first time only. True when new. */
export function markFeedback(
  db: Db,
  p: { deliveryId: number; campaignId: number; mark: FeedbackMark; at: number },
): boolean {
  // The column is one of three fixed names, never the caller's text.
  const column = (
    {
      replied_at: 'replied_at',
      auto_replied_at: 'auto_replied_at',
      unsubscribed_at: 'unsubscribed_at',
    } as const
  )[p.mark]
  return (
    prepared(
      db,
      `INSERT INTO delivery_feedback (delivery_id, campaign_id, ${column})
       VALUES (@deliveryId, @campaignId, @at)
       ON CONFLICT (delivery_id) DO UPDATE SET ${column} = excluded.${column}
       WHERE ${column} IS NULL`,
    ).run({ deliveryId: p.deliveryId, campaignId: p.campaignId, at: p.at }).changes === 1
  )
}
