/** One statement per function: the rows of a campaign's report. */
import type { DeliveryState } from './deliveries'
import type { Db } from './open'
import { prepared } from './prepared'

export interface ReportRow {
  email: string
  /** JSON: the recipient's data. */
  data: string
  /** null: the campaign has not started, so the recipient has no delivery yet. */
  state: DeliveryState | null
  attempts: number | null
  last_code: number | null
  last_enhanced: string | null
  last_response: string | null
  sent_at: number | null
  /** The account that sent it, failed it or left it uncertain (or is sending it now). */
  account_name: string | null
  /** What came back in the mailbox (delivery_feedback); the bounce's status from its message. */
  bounce: 'hard' | 'soft' | null
  bounce_status: string | null
  replied_at: number | null
  auto_replied_at: number | null
  unsubscribed_at: number | null
}

/**
 * A page of the campaign's recipients in import order (after recipient `afterId`), each with
 * its delivery when it has one. Pages, not one iterator: an open iterator would keep the
 * connection busy, and the sender writes on it between pages.
 */
export function selectReportPage(
  db: Db,
  p: { campaignId: number; afterId: number; limit: number },
): (ReportRow & { id: number })[] {
  return prepared(
    db,
    `SELECT r.id, r.email, r.data, d.state, d.attempts, d.last_code, d.last_enhanced,
            d.last_response, d.sent_at,
            CASE WHEN d.state IN ('sending', 'sent', 'failed', 'uncertain') THEN a.name END
              AS account_name,
            f.bounce, f.replied_at, f.auto_replied_at, f.unsubscribed_at,
            CASE WHEN f.bounce IS NOT NULL THEN
              (SELECT m.status FROM mailbox_messages m
               WHERE m.delivery_id = d.id AND m.kind = 'bounce' AND m.severity = f.bounce
               ORDER BY m.id LIMIT 1) END AS bounce_status
     FROM recipients r LEFT JOIN deliveries d ON d.recipient_id = r.id
       LEFT JOIN accounts a ON a.id = d.account_id
       LEFT JOIN delivery_feedback f ON f.delivery_id = d.id
     WHERE r.campaign_id = :campaignId AND r.id > :afterId
     ORDER BY r.id
     LIMIT :limit`,
  ).all(p) as (ReportRow & { id: number })[]
}
