/**
 * A warm-up's daily allowance and its local days. Pure: the engine gives the day index (how
 * many earlier local days the account really sent on) and today's count; the window uses the
 * same curve to draw a preset. Days are calendar days in the warm-up's zone (luxon).
 */
import { DateTime } from 'luxon'
import type { Warmup, WarmupToday } from '../contract/sendingPolicy'

/**
 * The cap on day `k` (0-based): a geometric curve from `startPerDay` on day 0 to
 * `targetPerDay` on day `days − 1`, the same growth factor every day; the target from then on.
 */
export function warmupAllowance(
  w: Pick<Warmup, 'startPerDay' | 'targetPerDay' | 'days'>,
  k: number,
) {
  if (k <= 0) return w.startPerDay
  if (k >= w.days - 1) return w.targetPerDay
  return Math.round(w.startPerDay * (w.targetPerDay / w.startPerDay) ** (k / (w.days - 1)))
}

/** The local calendar day of `at` in `zone`, `YYYY-MM-DD` (sorts as text in date order). */
export function localDay(zone: string, at: number): string {
  return DateTime.fromMillis(at, { zone }).toISODate()!
}

/** When the local day holding `at` ends in `zone`: the next local midnight (DST-aware). */
export function nextLocalMidnight(zone: string, at: number): number {
  return DateTime.fromMillis(at, { zone }).startOf('day').plus({ days: 1 }).toMillis()
}

/**
 * Where a warm-up stands: `dayIndex` earlier local days with mail since it was set, `sentToday`
 * messages handed over today. Tomorrow is one day further only when something went out today.
 */
export function warmupToday(
  w: Warmup,
  p: { dayIndex: number; sentToday: number; now: number },
): WarmupToday {
  return {
    day: p.dayIndex + 1,
    allowance: warmupAllowance(w, p.dayIndex),
    sentToday: p.sentToday,
    nextAllowance: warmupAllowance(w, p.dayIndex + (p.sentToday > 0 ? 1 : 0)),
    growsAt: nextLocalMidnight(w.zone, p.now),
  }
}
