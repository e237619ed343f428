/**
 * The accounts a campaign sends through (`campaign_accounts`, the first is `campaigns.account_id`)
 * and the account whose From it may fix: checked and written with a draft, read by the sender.
 */
import type { CampaignPatch } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import { requireAccount } from './accounts'
import type { AccountRow } from './db/accounts'
import {
  replaceCampaignAccounts,
  selectSendingAccountsOfCampaign,
  updateFromAccount,
} from './db/campaignAccounts'
import type { CampaignRow } from './db/campaigns'
import type { Db } from './db/open'
import { accountIdsOf } from './policy/campaignPolicy'

/** Each account exists and was not deleted; the From account, when fixed, is one of them. */
export function checkCampaignAccounts(
  db: Db,
  accountIds: readonly number[],
  fromAccountId: number | null,
): void {
  for (const id of accountIds) requireAccount(db, id)
  if (fromAccountId !== null && !accountIds.includes(fromAccountId)) {
    throw new OutboxError(
      'invalid_input',
      `The From account ${fromAccountId} is not one of the campaign's accounts`,
      undefined,
      { reason: 'campaign.fromAccountNotListed' },
    )
  }
}

/** A draft's accounts and From account, checked; inside the transaction that writes the draft. */
export function writeCampaignAccounts(
  db: Db,
  campaignId: number,
  accountIds: readonly number[],
  fromAccountId: number | null,
): void {
  checkCampaignAccounts(db, accountIds, fromAccountId)
  replaceCampaignAccounts(db, campaignId, [...accountIds])
  updateFromAccount(db, campaignId, fromAccountId)
}

/**
 * A draft's accounts after a patch: `accountIds` replaces them all; `accountId` alone replaces
 * the first (and leaves the list if it was further down, so each account stays once).
 */
export function patchedAccountIds(
  current: readonly number[],
  patch: Pick<CampaignPatch, 'accountId' | 'accountIds'>,
): number[] {
  if (patch.accountIds !== undefined) {
    if (patch.accountId !== undefined && patch.accountId !== patch.accountIds[0]) {
      throw new OutboxError(
        'invalid_input',
        'The first of the accounts is the campaign’s account',
        undefined,
        { reason: 'input.invalid', params: { command: 'campaigns.update' } },
      )
    }
    return [...patch.accountIds]
  }
  if (patch.accountId === undefined) return [...current]
  const first = patch.accountId
  return [first, ...current.slice(1).filter((id) => id !== first)]
}

/** The campaign's first account that was not deleted; the first account's error when none is. */
export function requireLiveAccountOf(db: Db, campaign: CampaignRow): AccountRow {
  const live = selectSendingAccountsOfCampaign(db, campaign.id)
  return requireAccount(db, live[0] ?? campaign.account_id)
}

/** Every account of the campaign exists and was not deleted; returns the first. */
export function requireCampaignAccounts(db: Db, campaign: CampaignRow): AccountRow {
  const accounts = accountIdsOf(db, campaign).map((id) => requireAccount(db, id))
  return accounts[0]!
}

/** The account whose From, Reply-To and DKIM a message of the campaign carries. */
export function fromAccountOf(
  db: Db,
  campaign: CampaignRow,
  sendingAccount: AccountRow,
): AccountRow {
  const fixed = campaign.from_account_id
  return fixed === null || fixed === sendingAccount.id ? sendingAccount : requireAccount(db, fixed)
}
