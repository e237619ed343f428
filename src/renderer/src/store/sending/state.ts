import type { EngineStatus } from '@shared/contract'

export type EngineStatusView = EngineStatus

export interface SendingSlice {
  /** Whether sending is held for the whole app, and what start-up recovery found; null before loaded. */
  status: EngineStatusView | null
  /** The user closed the notice about sends found in flight at start-up (for this window). */
  recoveredDismissed: boolean
}

/** What the selectors read: the slice alone, so the slice never imports the store. */
type Reads = { sending: SendingSlice }

export const sendingInitial: SendingSlice = { status: null, recoveredDismissed: false }

// One empty array for every read: zustand re-renders when a selector returns a new object.
const NONE: never[] = []

export const sendingSelectors = {
  held: (s: Reads) => s.sending.status?.held ?? NONE,
  heldSince: (s: Reads) => s.sending.status?.heldSince ?? null,
  /** Offered until dismissed; empty when there is nothing to review. */
  recovered: (s: Reads) =>
    s.sending.recoveredDismissed ? NONE : (s.sending.status?.recovered ?? NONE),
}
