import type { z } from 'zod'
import type { AppInfo } from '../../../../shared/contract'
import type { RootState } from '../store'

export interface AppSlice {
  info: z.output<typeof AppInfo> | null
  /** Error code and message when app.info failed. */
  infoError: { code: string; message: string } | null
}

export const appInitial: AppSlice = { info: null, infoError: null }

export const appSelectors = {
  info: (s: RootState) => s.app.info,
  infoError: (s: RootState) => s.app.infoError,
}
