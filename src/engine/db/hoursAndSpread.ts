/**
 * One statement per function: what sending hours, recipients' zones and "spread over" read
 * and write (the campaign's policy columns, zone deferrals, the deadline).
 */
import type { CampaignRow } from './campaigns'
import type { Db } from './open'
import { prepared } from './prepared'

export type PolicyColumns = Pick<CampaignRow, 'sending_hours' | 'recipient_zones' | 'spread_ms'>

/** A draft's sending hours, recipient zones and spread; false when it is no longer a draft. */
export function updateCampaignPolicy(
  db: Db,
  p: PolicyColumns & { id: number; now: number },
): boolean {
  return (
    prepared(
      db,
      `UPDATE campaigns SET sending_hours = @sending_hours, recipient_zones = @recipient_zones,
         spread_ms = @spread_ms, updated_at = @now
       WHERE id = @id AND status = 'draft'`,
    ).run(p).changes === 1
  )
}

/** A copy takes its source's policy (its zone column comes with its recipients). */
export function copyCampaignPolicy(db: Db, p: { from: number; to: number }): void {
  prepared(
    db,
    `UPDATE campaigns SET (sending_hours, recipient_zones, spread_ms) =
       (SELECT sending_hours, recipient_zones, spread_ms FROM campaigns WHERE id = @from)
     WHERE id = @to`,
  ).run(p)
}

/** At the start: under "spread over", the last email is due `spread_ms` from now. */
export function fixFinishBy(db: Db, p: { id: number; now: number }): void {
  prepared(
    db,
    `UPDATE campaigns SET finish_by = CASE WHEN spread_ms IS NULL THEN NULL ELSE @now + spread_ms END
     WHERE id = @id`,
  ).run(p)
}

/** The campaign's accounts that have not stopped for it (0 before it has any rows). */
export function countSendingAccounts(db: Db, campaignId: number): number {
  return prepared(
    db,
    'SELECT count(*) FROM campaign_accounts WHERE campaign_id = ? AND stopped_reason IS NULL',
  )
    .pluck()
    .get(campaignId) as number
}

export function selectRecipientZone(db: Db, recipientId: number): string | null {
  return (
    (prepared(db, 'SELECT zone FROM recipients WHERE id = ?').pluck().get(recipientId) as
      string | null | undefined) ?? null
  )
}

/**
 * Every due waiting row of the campaign whose recipient has this zone (null: none) waits
 * until `until`: one write for all of them, so the claim does not meet them one by one.
 */
export function deferZone(
  db: Db,
  p: { campaignId: number; zone: string | null; until: number; now: number },
): number {
  return prepared(
    db,
    `UPDATE deliveries INDEXED BY deliveries_claimable SET next_attempt_at = @until
     WHERE campaign_id = @campaignId AND state IN ('queued', 'retrying')
       AND next_attempt_at <= @now
       AND EXISTS (SELECT 1 FROM recipients r
                   WHERE r.id = deliveries.recipient_id AND r.zone IS @zone)`,
  ).run(p).changes
}

/** The campaign's next waiting row (the claim's order): when it is due, and its zone. */
export function selectFirstWaiting(
  db: Db,
  campaignId: number,
): { next_attempt_at: number; zone: string | null } | undefined {
  return prepared(
    db,
    `SELECT d.next_attempt_at, r.zone FROM deliveries d INDEXED BY deliveries_claimable
       JOIN recipients r ON r.id = d.recipient_id
     WHERE d.campaign_id = ? AND d.state IN ('queued', 'retrying')
     ORDER BY d.next_attempt_at, d.id LIMIT 1`,
  ).get(campaignId) as { next_attempt_at: number; zone: string | null } | undefined
}
