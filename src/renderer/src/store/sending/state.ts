import type { z } from 'zod'
import type { EngineStatus } from '../../../../shared/contract'
import type { RootState } from '../store'

export type EngineStatusView = z.output<typeof EngineStatus>

export interface SendingSlice {
  /** Whether sending is held for the whole app, and what start-up recovery found; null before loaded. */
  status: EngineStatusView | null
  /** The user closed the notice about sends found in flight at start-up (for this window). */
  recoveredDismissed: boolean
}

export const sendingInitial: SendingSlice = { status: null, recoveredDismissed: false }

// One empty array for every read: zustand re-renders when a selector returns a new object.
const NONE: never[] = []

export const sendingSelectors = {
  held: (s: RootState) => s.sending.status?.held ?? NONE,
  heldSince: (s: RootState) => s.sending.status?.heldSince ?? null,
  /** Offered until dismissed; empty when there is nothing to review. */
  recovered: (s: RootState) =>
    s.sending.recoveredDismissed ? NONE : (s.sending.status?.recovered ?? NONE),
}
