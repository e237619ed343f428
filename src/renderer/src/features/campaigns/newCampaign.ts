import type { CommandInput } from '@shared/types'
import type { Account } from '@shared/contract'

/**
 * The account a new campaign starts on: the first real one the user added, or else the
 * built-in test inbox, so a new user can try a whole campaign without a mail account.
 */
export function defaultAccount(accounts: readonly Account[]): Account | undefined {
  return accounts.find((a) => !a.builtin) ?? accounts[0]
}

/** A draft with a starter letter in the user's language, the account's pace and the app's retry defaults. */
export function newCampaignInput(
  account: Account,
  starter: { name: string; subject: string; html: string },
  retry: { maxAttempts: number; backoffMs: number; timeoutMs: number },
): CommandInput<'campaigns.create'> {
  return {
    name: starter.name,
    accountId: account.id,
    subject: starter.subject,
    html: starter.html,
    settings: {
      delayMs: account.defaults.delayMs,
      concurrency: account.defaults.concurrency,
      ...retry,
    },
  }
}
