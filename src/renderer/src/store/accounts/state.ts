import type { Account as AccountSchema } from '@shared/contract'

export type Account = AccountSchema

export interface AccountsSlice {
  /** SMTP accounts as the engine lists them (the built-in test inbox account among them). */
  list: Account[]
  /** False until the first accounts.list answered. */
  loaded: boolean
  /** Error code and message when accounts.list failed. */
  error: { code: string; message: string } | null
}

/** What the selectors read: the slice alone, so the slice never imports the store. */
type Reads = { accounts: AccountsSlice }

export const accountsInitial: AccountsSlice = { list: [], loaded: false, error: null }

export const accountsSelectors = {
  list: (s: Reads) => s.accounts.list,
  loaded: (s: Reads) => s.accounts.loaded,
  error: (s: Reads) => s.accounts.error,
}
