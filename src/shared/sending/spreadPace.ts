/**
 * "Spread over": the pace that makes the last email go out by a deadline. Recomputed from
 * what is left (rows still to send, open time still to come), so failures, retries, a pause
 * or a slow server change the pace, not the end time.
 */
import type { SendingHours } from '@shared/contract'
import { openMsBetween } from './sendingHours'

export interface SpreadNow {
  now: number
  finishBy: number
  /** Rows not done yet: queued, waiting for a retry, or being sent. */
  rowsLeft: number
  /** null: any time. */
  hours: SendingHours | null
  /** Accounts sharing the rows, each at this pace. */
  accounts: number
}

/**
 * Milliseconds between two sends on each account: the open time left shared among the rows
 * left, times the accounts sharing them. The first of them goes at once and the last one a
 * spacing before the deadline. 0 (as fast as allowed) when nothing is left or it is late.
 */
export function spreadSpacingMs(p: SpreadNow): number {
  if (p.rowsLeft <= 0 || p.now >= p.finishBy) return 0
  const open = p.hours ? openMsBetween(p.hours, p.now, p.finishBy) : p.finishBy - p.now
  return Math.floor((open / p.rowsLeft) * Math.max(1, p.accounts))
}
