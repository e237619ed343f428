import type { Suppression as SuppressionSchema } from '@shared/contract'

export type Suppression = SuppressionSchema

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

/** What the selectors read: the slice alone, so the slice never imports the store. */
type Reads = { suppressions: SuppressionsSlice }

export const suppressionsInitial: SuppressionsSlice = {
  search: '',
  page: 0,
  total: 0,
  items: [],
  loaded: false,
  error: null,
}

export const suppressionsSelectors = {
  search: (s: Reads) => s.suppressions.search,
  page: (s: Reads) => s.suppressions.page,
  total: (s: Reads) => s.suppressions.total,
  items: (s: Reads) => s.suppressions.items,
  loaded: (s: Reads) => s.suppressions.loaded,
  error: (s: Reads) => s.suppressions.error,
}
