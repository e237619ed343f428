import type { z } from 'zod'
import type { Account as AccountSchema } from '../../../../shared/contract'
import type { RootState } from '../store'

export type Account = z.output<typeof AccountSchema>

export interface AccountsSlice {
  /** SMTP accounts as the engine lists them (the built-in test inbox account among them). */
  list: Account[]
  /** False until the first accounts.list answered. */
  loaded: boolean
  /** Error code and message when accounts.list failed. */
  error: { code: string; message: string } | null
}

export const accountsInitial: AccountsSlice = { list: [], loaded: false, error: null }

export const accountsSelectors = {
  list: (s: RootState) => s.accounts.list,
  loaded: (s: RootState) => s.accounts.loaded,
  error: (s: RootState) => s.accounts.error,
}
