/**
 * Sending hours as instants: whether a moment is inside them, when they close, when they next
 * open, and how much open time lies between two moments. Shared: the engine gates its claims
 * with it, the window says "resumes Monday 09:00" with it.
 *
 * A window belongs to the local day it opens on; one whose end is at or before its start
 * (22:00–06:00) ends on the next local day. Local times become instants by luxon, the way
 * Temporal's "compatible" rule does: a time the clocks skip (02:30 on a spring-forward night)
 * is read with the offset before the change (so 03:30), a time they repeat (01:30 on a
 * fall-back night) is its first occurrence. No offset arithmetic here.
 */
import { DateTime } from 'luxon'
import type { SendingHours } from '@shared/contract'

export type HoursState =
  | { open: true; /** When this stretch of open time ends. */ closesAt: number }
  | { open: false; opensAt: number }

interface Window {
  start: number
  end: number
}

/** A week and a day on either side always holds a window: `days` is never empty. */
const SEARCH_DAYS = 15

/**
 * Open or closed at `now`, in `zone` (a recipient's) or the hours' own zone. Windows that
 * touch are one stretch: `closesAt` is when the time really stops being open.
 */
export function hoursState(hours: SendingHours, now: number, zone = hours.zone): HoursState {
  const first = nextDate(localDate(now, zone), -1)
  const last = nextDate(first, SEARCH_DAYS)
  let open: Window | null = null
  for (const w of windows(hours, zone, first, last)) {
    if (open) {
      if (w.start > open.end) break
      open.end = w.end
    } else if (w.start <= now && now < w.end) {
      open = { ...w }
    } else if (w.start > now) {
      return { open: false, opensAt: w.start }
    }
  }
  if (open) return { open: true, closesAt: open.end }
  throw new RangeError('Sending hours without any window') // `days` is never empty
}

/** Open milliseconds in [from, to), in `zone` or the hours' own zone. */
export function openMsBetween(
  hours: SendingHours,
  from: number,
  to: number,
  zone = hours.zone,
): number {
  if (to <= from) return 0
  let total = 0
  const first = nextDate(localDate(from, zone), -1)
  for (const w of windows(hours, zone, first, localDate(to, zone))) {
    total += Math.max(0, Math.min(w.end, to) - Math.max(w.start, from))
  }
  return total
}

/**
 * The windows opening on the dates `first` to `last`, in order, none overlapping: around a
 * clock change a window over midnight can run into the next day's, which then starts where
 * it ends.
 */
function* windows(
  hours: SendingHours,
  zone: string,
  first: DateTime,
  last: DateTime,
): Generator<Window> {
  let previousEnd = -Infinity
  for (let date = first; date <= last; date = nextDate(date)) {
    const w = windowOn(hours, zone, date)
    if (!w) continue
    const start = Math.max(w.start, previousEnd)
    if (start >= w.end) continue
    previousEnd = w.end
    yield { start, end: w.end }
  }
}

/**
 * The calendar date `at` falls on in `zone`, as a UTC midnight: a plain date to count days
 * and weekdays with, untouched by the zone's clock changes.
 */
function localDate(at: number, zone: string): DateTime {
  const local = DateTime.fromMillis(at, { zone })
  if (!local.isValid) throw new RangeError(`Unknown time zone: ${zone}`)
  return DateTime.fromObject(
    { year: local.year, month: local.month, day: local.day },
    { zone: 'UTC' },
  )
}

const DAY_MS = 86_400_000

/** A localDate `days` later: UTC has no clock changes, so a day is always 24 hours there. */
function nextDate(date: DateTime, days = 1): DateTime {
  return DateTime.fromMillis(date.toMillis() + days * DAY_MS, { zone: 'UTC' })
}

/** The window that opens on `date` (a localDate), or null on a day not listed or left empty. */
function windowOn(hours: SendingHours, zone: string, date: DateTime): Window | null {
  if (!hours.days.includes(date.weekday)) return null
  const start = instantOf(date, hours.from, zone)
  const end = instantOf(hours.to <= hours.from ? nextDate(date) : date, hours.to, zone)
  // 02:30–03:00 on a spring-forward night is 03:30–03:00: empty that day.
  return end > start ? { start, end } : null
}

/**
 * Instants already worked out: each costs a few offset look-ups in Intl, and every claim of a
 * campaign with sending hours asks again about the same few days.
 */
const known = new Map<string, number>()
const KNOWN_MAX = 10_000

/** The instant a wall clock in `zone` first shows `time` on `date`. */
function instantOf(date: DateTime, time: string, zone: string): number {
  const key = `${zone} ${date.toISODate()} ${time}`
  const held = known.get(key)
  if (held !== undefined) return held
  const [hour, minute] = time.split(':').map(Number)
  const local = DateTime.fromObject(
    { year: date.year, month: date.month, day: date.day, hour, minute },
    { zone },
  )
  const instant = Math.min(...local.getPossibleOffsets().map((d) => d.toMillis()))
  if (known.size >= KNOWN_MAX) known.clear()
  known.set(key, instant)
  return instant
}
