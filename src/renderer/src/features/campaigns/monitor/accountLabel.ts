import type { TFunction } from 'i18next'
import type { Account } from '@renderer/store/accounts/state'
import { accountName } from '../../accounts/accountName'

/** An account of the campaign by its name; one the window does not know, by its number. */
export function accountLabel(id: number, accounts: readonly Account[], t: TFunction): string {
  const account = accounts.find((a) => a.id === id)
  return account ? accountName(account, t) : t('campaigns.monitor.accounts.unknown', { id })
}
