import type { z } from 'zod'
import type { InboxMessage, InboxSummary } from '../../../../shared/contract'
import type { RootState } from '../store'

export type InboxItem = z.output<typeof InboxSummary>
export type InboxMail = z.output<typeof InboxMessage>
type Failure = { code: string; message: string }

export interface InboxSlice {
  /** Newest first; inbox.received events add to it as mail arrives. */
  items: InboxItem[]
  loaded: boolean
  error: Failure | null
  /** The message open on the screen: loading (message null), loaded, or failed. */
  open: { id: number; message: InboxMail | null; error: Failure | null } | null
}

export const inboxInitial: InboxSlice = { items: [], loaded: false, error: null, open: null }

export const inboxSelectors = {
  items: (s: RootState) => s.inbox.items,
  loaded: (s: RootState) => s.inbox.loaded,
  error: (s: RootState) => s.inbox.error,
  open: (s: RootState) => s.inbox.open,
}
