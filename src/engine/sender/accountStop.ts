/**
 * One of a campaign's several accounts fails it: a refused login or TLS ('account'), a refused
 * sender ('sender'), a used-up sending quota ('quota'). While another of its accounts can go on,
 * only this one steps aside — stopped for this campaign until the user resumes it, or, for a
 * quota, holding itself a while (the quota is the account's, whatever the campaign) — and the
 * campaign keeps sending. The last account to fail pauses the campaign as a single one does.
 */
import { selectAccount } from '../db/accounts'
import { selectSendingAccountsOfCampaign, stopCampaignAccount } from '../db/campaignAccounts'
import type { CampaignRow } from '../db/campaigns'
import type { Db } from '../db/open'
import type { EngineLog } from '../log/engineLog'

/** How long a used-up quota holds the account, or pauses a campaign that has no other. */
export const QUOTA_PAUSE_MS = 60 * 60_000

export type AccountFailure = 'account' | 'sender' | 'quota'

/** What the account's sender does when it stepped aside: the others are woken for its rows. */
export type StepAside = { kind: 'account-stopped' } | { kind: 'account-quota' }

/**
 * Accounts holding themselves for a used-up quota, in the sender's memory (as its slow-down
 * is): after a restart one send finds out again, its attempt refunded.
 */
export interface QuotaHolds {
  held(accountId: number): boolean
  /** The account holds itself for QUOTA_PAUSE_MS from now; false when it was held already. */
  hold(accountId: number): boolean
}

/**
 * Inside the outcome's transaction, after the row was given back. Null when no other account
 * can go on: the caller pauses the campaign.
 */
export function stepAside(
  db: Db,
  p: {
    campaign: CampaignRow
    accountId: number
    failure: AccountFailure
    detail: string
    log: EngineLog
    quotaHolds: QuotaHolds
  },
): StepAside | null {
  const { campaign, accountId, failure, detail, log, quotaHolds } = p
  const others = selectSendingAccountsOfCampaign(db, campaign.id).filter(
    (id) => id !== accountId && !(failure === 'quota' && quotaHolds.held(id)),
  )
  if (others.length === 0) return null
  const name = selectAccount(db, accountId)?.name ?? String(accountId)
  if (failure === 'quota') {
    // Held at once, so that another slot of this account meeting the quota adds no line.
    if (!quotaHolds.hold(accountId)) return { kind: 'account-quota' }
    log.write(db, {
      level: 'warn',
      kind: 'account.quotaReached',
      campaignId: campaign.id,
      message: `The account "${name}" reached its sending limit: it waits ${QUOTA_PAUSE_MS / 60_000} minutes, the campaign's other accounts go on (${detail})`,
      params: { name, minutes: QUOTA_PAUSE_MS / 60_000, detail },
    })
    return { kind: 'account-quota' }
  }
  // Another slot of this account may have stopped it already: one line.
  if (stopCampaignAccount(db, { campaignId: campaign.id, accountId, reason: failure, detail })) {
    log.write(db, {
      level: 'warn',
      kind: 'campaign.accountStopped',
      campaignId: campaign.id,
      message: `The account "${name}" stopped sending this campaign (${failure}): ${detail}; its other accounts go on`,
      params: { variant: failure, name, detail },
    })
  }
  return { kind: 'account-stopped' }
}
