import type { AppInfo } from '@shared/contract'

export interface AppSlice {
  info: AppInfo | null
  /** Error code and message when app.info failed. */
  infoError: { code: string; message: string } | null
}

/** What the selectors read: the slice alone, so the slice never imports the store. */
type Reads = { app: AppSlice }

export const appInitial: AppSlice = { info: null, infoError: null }

export const appSelectors = {
  info: (s: Reads) => s.app.info,
  infoError: (s: Reads) => s.app.infoError,
}
