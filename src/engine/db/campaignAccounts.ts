/** One statement per function: the accounts a campaign sends through, and their shares. */
import type { Db } from './open'
import { prepared } from './prepared'

export interface CampaignAccountRow {
  campaign_id: number
  account_id: number
  position: number
  /** Why this account stopped for this campaign: 'account' (login…), 'sender' (From refused). */
  stopped_reason: 'account' | 'sender' | null
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
