/** One statement per function: what self-protection looks at, and when it starts looking. */
import type { Db } from './open'
import { prepared } from './prepared'

/**
 * The campaign's latest `limit` outcomes (sent or failed) since its `protection_since`, and
 * how many of them were refused for good: failed with a 5xx reply, or sent and then bounced
 * hard (index `deliveries_outcomes`, then one look at delivery_feedback per row).
 */
export function selectRecentOutcomes(
  db: Db,
  campaignId: number,
  limit: number,
): { total: number; permanent: number } {
  return prepared(db, RECENT_OUTCOMES_SQL).get({ campaignId, limit }) as {
    total: number
    permanent: number
  }
}

/** Exported for the test that checks its plan uses the index. */
export const RECENT_OUTCOMES_SQL = `
  SELECT count(*) AS total, coalesce(sum(permanent), 0) AS permanent FROM (
    SELECT (state = 'failed' AND last_code BETWEEN 500 AND 599)
        OR EXISTS (SELECT 1 FROM delivery_feedback f
                   WHERE f.delivery_id = deliveries.id AND f.bounce = 'hard') AS permanent
    FROM deliveries
    WHERE campaign_id = @campaignId AND state IN ('sent', 'failed')
      AND updated_at >= coalesce(
        (SELECT protection_since FROM campaigns WHERE id = @campaignId), 0)
    ORDER BY updated_at DESC LIMIT @limit)`

/** Outcomes before `now` no longer count: the campaign started, or the user resumed it. */
export function updateProtectionSince(db: Db, campaignId: number, now: number): void {
  prepared(db, 'UPDATE campaigns SET protection_since = ? WHERE id = ?').run(now, campaignId)
}
