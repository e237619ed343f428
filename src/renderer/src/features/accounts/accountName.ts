import type { TFunction } from 'i18next'
import type { Account } from '../../store/accounts/state'

/** The built-in account is named by the app, in the user's language; the others as the user named them. */
export function accountName(account: Pick<Account, 'name' | 'builtin'>, t: TFunction): string {
  return account.builtin ? t('accounts.testInboxName') : account.name
}
