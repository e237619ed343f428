import type { Account } from '@shared/contract'
import type { LetterDesign } from '@shared/letter/design'
import type { CommandInput } from '@shared/types'

/**
 * The account a new campaign starts on: the first real one the user added, or else the
 * built-in test inbox, so a new user can try a whole campaign without a mail account.
 */
export function defaultAccount(accounts: readonly Account[]): Account | undefined {
  return accounts.find((a) => !a.builtin) ?? accounts[0]
}

/** What a new campaign's letter is: a visual design, or HTML written by hand. */
export type StarterLetter =
  | { name: string; subject: string; design: LetterDesign }
  | { name: string; subject: string; html: string }

/** The pace a new campaign takes from its account, with the app's retry defaults. */
export function newCampaignSettings(
  account: Account,
  retry: { maxAttempts: number; backoffMs: number; timeoutMs: number },
): NonNullable<CommandInput<'campaigns.create'>['settings']> {
  return { delayMs: account.defaults.delayMs, concurrency: account.defaults.concurrency, ...retry }
}

/** A draft with a starter letter in the user's language, the account's pace and the app's retry defaults. */
export function newCampaignInput(
  account: Account,
  starter: StarterLetter,
  retry: { maxAttempts: number; backoffMs: number; timeoutMs: number },
): CommandInput<'campaigns.create'> {
  return {
    ...starter,
    accountId: account.id,
    settings: newCampaignSettings(account, retry),
  }
}
