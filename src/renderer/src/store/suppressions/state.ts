import type { z } from 'zod'
import type { Suppression as SuppressionSchema } from '../../../../shared/contract'
import type { RootState } from '../store'

export type Suppression = z.output<typeof SuppressionSchema>

/** Rows per page of the do-not-send table. */
export const SUPPRESSIONS_PAGE_SIZE = 50

export interface SuppressionsSlice {
  search: string
  /** 0-based. */
  page: number
  total: number
  items: Suppression[]
  loaded: boolean
  error: { code: string; message: string } | null
}

export const suppressionsInitial: SuppressionsSlice = {
  search: '',
  page: 0,
  total: 0,
  items: [],
  loaded: false,
  error: null,
}

export const suppressionsSelectors = {
  search: (s: RootState) => s.suppressions.search,
  page: (s: RootState) => s.suppressions.page,
  total: (s: RootState) => s.suppressions.total,
  items: (s: RootState) => s.suppressions.items,
  loaded: (s: RootState) => s.suppressions.loaded,
  error: (s: RootState) => s.suppressions.error,
}
