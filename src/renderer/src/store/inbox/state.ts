import type { InboxMessage, InboxSummary } from '@shared/contract'

export type InboxItem = InboxSummary
export type InboxMail = InboxMessage
type Failure = { code: string; message: string }

export interface InboxSlice {
  /** Newest first; inbox.received events add to it as mail arrives. */
  items: InboxItem[]
  loaded: boolean
  error: Failure | null
  /** The message open on the screen: loading (message null), loaded, or failed. */
  open: { id: number; message: InboxMail | null; error: Failure | null } | null
}

/** What the selectors read: the slice alone, so the slice never imports the store. */
type Reads = { inbox: InboxSlice }

export const inboxInitial: InboxSlice = { items: [], loaded: false, error: null, open: null }

export const inboxSelectors = {
  items: (s: Reads) => s.inbox.items,
  loaded: (s: Reads) => s.inbox.loaded,
  error: (s: Reads) => s.inbox.error,
  open: (s: Reads) => s.inbox.open,
}
