/** One statement per function: the accounts a campaign sends through, and their shares. */
import type { Db } from './open'
import { prepared } from './prepared'

export type AccountStopReason = 'account' | 'sender'

export interface CampaignAccountRow {
  campaign_id: number
  account_id: number
  position: number
  /** Why this account stopped for this campaign: 'account' (login…), 'sender' (From refused). */
  stopped_reason: AccountStopReason | null
  stopped_detail: string | null
}

/** In the campaign's order (the first is `campaigns.account_id`). */
export function selectCampaignAccounts(db: Db, campaignId: number): CampaignAccountRow[] {
  return prepared(
    db,
    'SELECT * FROM campaign_accounts WHERE campaign_id = ? ORDER BY position',
  ).all(campaignId) as CampaignAccountRow[]
}

/** Replaces the campaign's accounts (a draft's); the caller keeps `campaigns.account_id` first. */
export function replaceCampaignAccounts(db: Db, campaignId: number, accountIds: number[]): void {
  prepared(db, 'DELETE FROM campaign_accounts WHERE campaign_id = ?').run(campaignId)
  const insert = prepared(
    db,
    'INSERT INTO campaign_accounts (campaign_id, account_id, position) VALUES (?, ?, ?)',
  )
  accountIds.forEach((accountId, position) => insert.run(campaignId, accountId, position))
}

/** A duplicate's accounts: the source's, in its order, none stopped. */
export function copyCampaignAccounts(db: Db, fromId: number, toId: number): void {
  prepared(
    db,
    `INSERT INTO campaign_accounts (campaign_id, account_id, position)
     SELECT @toId, account_id, position FROM campaign_accounts WHERE campaign_id = @fromId`,
  ).run({ fromId, toId })
}

/**
 * The campaign's From account (`campaigns.from_account_id`), on its own: the rest of the
 * policy's columns are written elsewhere.
 */
export function updateFromAccount(db: Db, campaignId: number, fromAccountId: number | null): void {
  prepared(db, 'UPDATE campaigns SET from_account_id = ? WHERE id = ?').run(
    fromAccountId,
    campaignId,
  )
}

/** The campaign's accounts that may send it: not stopped for it, not deleted. In its order. */
export function selectSendingAccountsOfCampaign(db: Db, campaignId: number): number[] {
  return prepared(
    db,
    `SELECT ca.account_id FROM campaign_accounts ca JOIN accounts a ON a.id = ca.account_id
     WHERE ca.campaign_id = ? AND ca.stopped_reason IS NULL AND a.deleted_at IS NULL
     ORDER BY ca.position`,
  )
    .pluck()
    .all(campaignId) as number[]
}

/** The account stops sending this campaign; false when it had stopped already. */
export function stopCampaignAccount(
  db: Db,
  p: { campaignId: number; accountId: number; reason: AccountStopReason; detail: string },
): boolean {
  return (
    prepared(
      db,
      `UPDATE campaign_accounts SET stopped_reason = @reason, stopped_detail = @detail
       WHERE campaign_id = @campaignId AND account_id = @accountId AND stopped_reason IS NULL`,
    ).run(p).changes === 1
  )
}

/** Every account of the campaign sends it again (a user's resume); how many had stopped. */
export function clearCampaignAccountStops(db: Db, campaignId: number): number {
  return prepared(
    db,
    `UPDATE campaign_accounts SET stopped_reason = NULL, stopped_detail = NULL
     WHERE campaign_id = ? AND stopped_reason IS NOT NULL`,
  ).run(campaignId).changes
}

/** Each account's sent, failed and uncertain in one campaign (the trigger keeps them). */
export function selectAccountCounts(
  db: Db,
  campaignId: number,
): { account_id: number; state: 'sent' | 'failed' | 'uncertain'; n: number }[] {
  return prepared(
    db,
    'SELECT account_id, state, n FROM campaign_account_counts WHERE campaign_id = ?',
  ).all(campaignId) as { account_id: number; state: 'sent' | 'failed' | 'uncertain'; n: number }[]
}
