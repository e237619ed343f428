/**
 * A moment as the campaign page says it: the day ("today", "tomorrow", a weekday within the
 * week, else the date) and the time on a 24-hour clock, both in a given time zone. Luxon does
 * the zone arithmetic; the words for the day are the translation's (`campaigns.monitor.when`).
 */
import { DateTime } from 'luxon'

export type Day =
  | { kind: 'today' }
  | { kind: 'tomorrow' }
  | { kind: 'weekday'; weekday: Weekday }
  | { kind: 'date'; date: string }

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

export interface DayAndTime {
  day: Day
  /** `HH:MM`, as sending hours are written. */
  time: string
}

export function dayAndTime(at: number, zone: string, now: number, language: string): DayAndTime {
  const then = DateTime.fromMillis(at, { zone })
  const today = DateTime.fromMillis(now, { zone }).startOf('day')
  // Calendar days apart in that zone; a daylight-saving day is 23 or 25 hours long.
  const days = Math.round(then.startOf('day').diff(today, 'days').days)
  const day: Day =
    days === 0
      ? { kind: 'today' }
      : days === 1
        ? { kind: 'tomorrow' }
        : days > 1 && days < 7
          ? { kind: 'weekday', weekday: WEEKDAYS[then.weekday - 1]! }
          : {
              kind: 'date',
              date: then.setLocale(language).toLocaleString({ day: 'numeric', month: 'long' }),
            }
  return { day, time: then.toFormat('HH:mm') }
}

/** Whether two zones show a different clock at that moment (then the page names both). */
export function clocksDiffer(at: number, zone: string, otherZone: string): boolean {
  return (
    DateTime.fromMillis(at, { zone }).offset !== DateTime.fromMillis(at, { zone: otherZone }).offset
  )
}
