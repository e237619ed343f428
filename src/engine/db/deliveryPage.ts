/**
 * A campaign's deliveries in import order, all states or one, searched by address. Import order
 * is recipient order; a recipient has one delivery, so `deliveries_by_campaign` and
 * `deliveries_by_campaign_state` (both ending in `recipient_id`) hold a campaign's deliveries in
 * that order. Each combination of filters has its own statement, so SQLite plans each one on the
 * index that serves it instead of one plan for every case.
 */
import type { FeedbackFilter } from '@shared/contract'
import { FEEDBACK_COLUMNS, type DeliveryRow, type DeliveryState } from './deliveries'
import { FEEDBACK_CONDITION } from './deliveryFeedback'
import type { Db } from './open'
import { prepared } from './prepared'

export interface DeliveryFilter {
  campaignId: number
  /** null: every state. */
  state: DeliveryState | null
  /** Part of the address, in any case and any alphabet; `%` and `_` are literal. */
  search: string | null
  /** null: whatever came back, or nothing. */
  feedback: FeedbackFilter | null
}

/**
 * The address matches the search in any case and any alphabet. An all-ASCII address (nearly
 * all of them: `length` = `octet_length`) needs no `fold`, which is a call into JavaScript per
 * row: LIKE already folds ASCII case, and `fold(@search)` is lower case already, so the result
 * is the same; only addresses with other letters pay for the full Unicode fold (open.ts).
 */
const ADDRESS_MATCHES = `CASE WHEN length(r.email) = octet_length(r.email) THEN r.email
         ELSE fold(r.email) END LIKE '%' || fold(@search) || '%' ESCAPE '\\'`

/** The matching deliveries (id, recipient) in import order, and the count of them, per filter. */
function matching(f: DeliveryFilter): { ids: string; count: string } {
  const state = f.state === null ? '' : ' AND d.state = @state'
  // Feedback is rare: its table (by campaign) is read and each row looked up by id.
  const feedback =
    f.feedback === null
      ? ''
      : ` AND d.id IN (SELECT f.delivery_id FROM delivery_feedback f
           WHERE f.campaign_id = @campaignId AND ${FEEDBACK_CONDITION[f.feedback]})`
  // Without a search the index alone answers; with one, each address is read once.
  const from =
    f.search === null
      ? `FROM deliveries d WHERE d.campaign_id = @campaignId${state}${feedback}`
      : `FROM deliveries d JOIN recipients r ON r.id = d.recipient_id
         WHERE d.campaign_id = @campaignId${state}${feedback} AND ${ADDRESS_MATCHES}`
  return {
    ids: `SELECT d.id, d.recipient_id ${from} ORDER BY d.recipient_id`,
    count: `SELECT count(*) ${from}`,
  }
}

/** The page is picked on the index; the full rows are read for it alone, in the same order. */
export function deliveryPageSql(f: DeliveryFilter): string {
  return `SELECT d.id, d.campaign_id, r.email, d.state, d.attempts, d.next_attempt_at, d.last_code,
         d.last_enhanced, d.last_response, d.message_id, d.updated_at, d.sent_at, d.account_id,
         ${FEEDBACK_COLUMNS}
     FROM (${matching(f).ids} LIMIT @limit OFFSET @offset) AS page
     JOIN deliveries d ON d.id = page.id
     JOIN recipients r ON r.id = page.recipient_id
     LEFT JOIN delivery_feedback f ON f.delivery_id = d.id
     ORDER BY page.recipient_id`
}

export function deliveryCountSql(f: DeliveryFilter): string {
  return matching(f).count
}

/** One page: the ids are found on the index alone, the full rows read only for the page. */
export function selectDeliveryPage(
  db: Db,
  p: DeliveryFilter & { limit: number; offset: number },
): DeliveryRow[] {
  return prepared(db, deliveryPageSql(p)).all(params(p)) as DeliveryRow[]
}

export function countDeliveries(db: Db, f: DeliveryFilter): number {
  return prepared(db, deliveryCountSql(f)).pluck().get(params(f)) as number
}

/** The statement's parameters; the search as a LIKE pattern that matches it literally. */
function params(p: DeliveryFilter & { limit?: number; offset?: number }): Record<string, unknown> {
  const out: Record<string, unknown> = { campaignId: p.campaignId }
  if (p.state !== null) out.state = p.state
  if (p.search !== null) out.search = likeLiteral(p.search)
  if (p.limit !== undefined) out.limit = p.limit
  if (p.offset !== undefined) out.offset = p.offset
  return out
}

/** `%`, `_` and the escape character itself match only themselves. */
export function likeLiteral(search: string): string {
  return search.replace(/[\\%_]/g, (c) => `\\${c}`)
}
