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
}

/** Every recipient of the campaign in import order, with its delivery when it has one. */
export function iterateReportRows(db: Db, campaignId: number): IterableIterator<ReportRow> {
  return prepared(
    db,
    `SELECT r.email, r.data, d.state, d.attempts, d.last_code, d.last_enhanced, d.last_response,
            d.sent_at
     FROM recipients r LEFT JOIN deliveries d ON d.recipient_id = r.id
     WHERE r.campaign_id = ?
     ORDER BY r.id`,
  ).iterate(campaignId) as IterableIterator<ReportRow>
}
