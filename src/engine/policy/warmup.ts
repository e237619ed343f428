/**
 * An account's warm-up, counted from stored sends: the day index is the number of earlier
 * local days (in the warm-up's zone, from the day it was set) on which the account really
 * handed mail over, so a day without sending does not move the ramp and a restart changes
 * nothing. Today's allowance is a cap until the next local midnight.
 */
import type { Warmup, WarmupToday } from '@shared/contract'
import { localDay, warmupToday } from '@shared/sending/warmup'
import { countSendingDays, selectAccountDay } from '../db/accountDays'
import { selectAccount, type AccountRow } from '../db/accounts'
import type { Db } from '../db/open'

/** Stored JSON of Warmup (written by the engine from a parsed input); null: none. */
export function warmupOf(row: Pick<AccountRow, 'warmup'>): Warmup | null {
  return row.warmup === null ? null : (JSON.parse(row.warmup) as Warmup)
}

/** Where the account's warm-up stands at `now`; null without one. */
export function warmupStanding(db: Db, row: AccountRow, now: number): WarmupToday | null {
  const warmup = warmupOf(row)
  if (warmup === null) return null
  const today = localDay(warmup.zone, now)
  // Mail sent on the day the warm-up was set (even before it) counts: days are whole days.
  const since = localDay(warmup.zone, row.warmup_since ?? now)
  return warmupToday(warmup, {
    dayIndex: countSendingDays(db, row.id, since, today),
    sentToday: selectAccountDay(db, row.id, today),
    now,
  })
}

/** The same, for an account by id (the queue snapshot's accounts). */
export function warmupStandingOf(db: Db, accountId: number, now: number): WarmupToday | null {
  const row = selectAccount(db, accountId)
  return row ? warmupStanding(db, row, now) : null
}

/**
 * Null while today's allowance lets one more message go, counting the claimed sends still in
 * flight (they count once their outcome is written); otherwise the next local midnight.
 */
export function warmupBlockedUntil(
  db: Db,
  row: AccountRow,
  inFlight: number,
  now: number,
): number | null {
  const today = warmupStanding(db, row, now)
  if (today === null) return null
  return today.sentToday + inFlight >= today.allowance ? today.growsAt : null
}
