/**
 * A moment as the window says it, in a given time zone and the user's language: the day
 * ("today", "on Monday", "on December 3") and the time on a 24-hour clock, as sending hours
 * are written, for sentences such as "resumes on Monday at 09:00" or "by 18:00 today"; or,
 * on its own, "Tue, Dec 3, 09:00". Days are counted in that zone; luxon does the arithmetic.
 */
import type { TFunction } from 'i18next'
import { DateTime } from 'luxon'

/** ISO weekdays 1 (Monday) to 7 (Sunday), as the words' keys (`policy.when.weekday.*`). */
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const
export type Weekday = (typeof WEEKDAYS)[number]

export type Day =
  | { kind: 'yesterday' | 'today' | 'tomorrow' }
  | { kind: 'weekday'; weekday: Weekday }
  | { kind: 'date'; date: string }

const at = (ms: number, zone: string, language: string) =>
  DateTime.fromMillis(ms, { zone }).setLocale(language)

/** The year is written only when it is not this year's (in that zone). */
const yearShown = (moment: DateTime, now: DateTime) => moment.year !== now.year

/**
 * Which day a moment falls on, seen from now: yesterday, today, tomorrow, a weekday within
 * the coming week, else its date ("3 декабря", "December 3, 2031").
 */
export function dayOf(ms: number, zone: string, now: number, language: string): Day {
  const moment = at(ms, zone, language)
  const today = at(now, zone, language)
  // Calendar days apart in that zone; a daylight-saving day is 23 or 25 hours long.
  const days = Math.round(moment.startOf('day').diff(today.startOf('day'), 'days').days)
  if (days === -1) return { kind: 'yesterday' }
  if (days === 0) return { kind: 'today' }
  if (days === 1) return { kind: 'tomorrow' }
  if (days > 1 && days < 7) return { kind: 'weekday', weekday: WEEKDAYS[moment.weekday - 1]! }
  const date = moment.toLocaleString({
    day: 'numeric',
    month: 'long',
    ...(yearShown(moment, today) && { year: 'numeric' }),
  })
  return { kind: 'date', date }
}

function dayWords(day: Day, t: TFunction): string {
  switch (day.kind) {
    case 'weekday':
      return t(`policy.when.weekday.${day.weekday}`)
    case 'date':
      return t('policy.when.date', { date: day.date })
    default:
      return t(`policy.when.${day.kind}`)
  }
}

/**
 * The day and the time of a moment, worded for a sentence's placeholders: `{ day: 'on
 * Monday', time: '09:00' }` ("в понедельник"). The sentence puts them in its language's order.
 */
export function momentWords(
  ms: number,
  zone: string,
  now: number,
  t: TFunction,
  language: string,
): { day: string; time: string } {
  return {
    day: dayWords(dayOf(ms, zone, now, language), t),
    time: at(ms, zone, language).toFormat('HH:mm'),
  }
}

/** "Tue, Dec 3, 09:00" ("вт, 3 дек., 09:00"): a moment on its own, the year when it differs. */
export function formatMoment(ms: number, zone: string, language: string, now: number): string {
  const moment = at(ms, zone, language)
  return moment.toLocaleString({
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(yearShown(moment, at(now, zone, language)) && { year: 'numeric' }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
}

/** Whether two zones show a different clock at that moment (then both are named). */
export function clocksDiffer(ms: number, zone: string, otherZone: string): boolean {
  return (
    DateTime.fromMillis(ms, { zone }).offset !== DateTime.fromMillis(ms, { zone: otherZone }).offset
  )
}
