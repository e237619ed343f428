/**
 * Per-account hourly and daily caps over rolling windows, counted across campaigns.
 *
 * Messages are counted per minute. A minute's count stays in a window until the window has
 * passed its LAST millisecond, so a window may hold up to one minute more than its length:
 * the cap errs on the safe side and is never exceeded in any true 60 minutes or 24 hours.
 */
import type { AccountRow } from './db/accounts'
import {
  USAGE_BUCKET_MS,
  countSendingOfAccount,
  deleteUsageBefore,
  selectUsageSince,
} from './db/accountUsage'
import type { Db } from './db/open'
import { warmupBlockedUntil } from './policy/warmup'

export const HOUR_MS = 60 * 60_000
export const DAY_MS = 24 * HOUR_MS

type Bucket = { minute: number; n: number }

/** The first minute whose messages still count in a window of `spanMs` at `now`. */
function firstMinute(now: number, spanMs: number): number {
  return Math.floor((now - spanMs) / USAGE_BUCKET_MS)
}

/** When a minute's messages leave a window of `spanMs`. */
function leavesAt(minute: number, spanMs: number): number {
  return (minute + 1) * USAGE_BUCKET_MS + spanMs
}

/**
 * Null while one more message fits under `cap`; otherwise when the window will have let
 * enough of its oldest messages go. `inFlight` are claimed sends not counted yet: they will
 * count from now on, so they leave no earlier than the current minute does.
 */
export function capFreesAt(
  buckets: readonly Bucket[],
  inFlight: number,
  cap: number,
  spanMs: number,
  now: number,
): number | null {
  let used = inFlight + buckets.reduce((sum, b) => sum + b.n, 0)
  if (used < cap) return null
  for (const b of buckets) {
    used -= b.n
    if (used < cap) return leavesAt(b.minute, spanMs)
  }
  return leavesAt(Math.floor(now / USAGE_BUCKET_MS), spanMs)
}

/** Messages the account handed over in the last hour and day (as the caps count them). */
export function usageOf(db: Db, accountId: number, now: number) {
  const day = selectUsageSince(db, accountId, firstMinute(now, DAY_MS))
  const hourStart = firstMinute(now, HOUR_MS)
  const sum = (list: Bucket[]) => list.reduce((s, b) => s + b.n, 0)
  return { lastHour: sum(day.filter((b) => b.minute >= hourStart)), lastDay: sum(day) }
}

/**
 * Null when the account may claim one more message now; otherwise when it may try again
 * (the caps' windows, and the warm-up's allowance until the next local midnight). Runs in the
 * claim's transaction, so parallel slots see each other's claims.
 */
export function capBlockedUntil(db: Db, account: AccountRow, now: number): number | null {
  if (account.hourly_cap === null && account.daily_cap === null && account.warmup === null)
    return null
  const inFlight = countSendingOfAccount(db, account.id)
  const day = selectUsageSince(db, account.id, firstMinute(now, DAY_MS))
  const hourStart = firstMinute(now, HOUR_MS)
  const limits = [
    account.hourly_cap === null
      ? null
      : capFreesAt(
          day.filter((b) => b.minute >= hourStart),
          inFlight,
          account.hourly_cap,
          HOUR_MS,
          now,
        ),
    account.daily_cap === null ? null : capFreesAt(day, inFlight, account.daily_cap, DAY_MS, now),
    warmupBlockedUntil(db, account, inFlight, now),
  ].filter((t): t is number => t !== null)
  return limits.length ? Math.max(...limits) : null
}

/** Forgets counts no window looks at any more. */
export function pruneUsage(db: Db, now: number): void {
  deleteUsageBefore(db, firstMinute(now, DAY_MS))
}
