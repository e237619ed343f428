/**
 * Moments of a sending policy as a marketer reads them, in a chosen zone and the user's
 * language: "Tue 3 Dec 09:00", "resumes on Monday at 09:00", and back from a date, a time and
 * a zone to the instant the engine stores. Luxon does the zone arithmetic.
 */
import type { TFunction } from 'i18next'
import { DateTime } from 'luxon'

/** ISO weekdays 1–7 as the words' keys. */
const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const

const at = (ms: number, zone: string, language: string) =>
  DateTime.fromMillis(ms, { zone }).setLocale(language)

/** "Tue 3 Dec 09:00" ("вт 3 дек. 09:00"), with the year when it is not this year's. */
export function formatMoment(ms: number, zone: string, language: string, now: number): string {
  const moment = at(ms, zone, language)
  const sameYear = moment.year === at(now, zone, language).year
  return moment.toFormat(sameYear ? 'ccc d MMM HH:mm' : 'ccc d MMM yyyy HH:mm')
}

/**
 * When, said from now: "today at 14:00", "tomorrow at 09:00", "on Monday at 09:00" within a
 * week, else "on Tue 3 Dec at 09:00". Days are counted in the zone given.
 */
export function describeWhen(
  ms: number,
  zone: string,
  now: number,
  t: TFunction,
  language: string,
): string {
  const moment = at(ms, zone, language)
  const days = moment.startOf('day').diff(at(now, zone, language).startOf('day'), 'days').days
  const time = moment.toFormat('HH:mm')
  if (days <= 0) return t('policy.when.today', { time })
  if (days === 1) return t('policy.when.tomorrow', { time })
  if (days < 7) return t(`policy.when.weekday.${WEEKDAYS[moment.weekday - 1]!}`, { time })
  const sameYear = moment.year === at(now, zone, language).year
  return t('policy.when.date', {
    date: moment.toFormat(sameYear ? 'ccc d MMM' : 'ccc d MMM yyyy'),
    time,
  })
}

/** "Starts Tue 3 Dec 09:00 (Europe/Moscow)": a scheduled start in the zone it was chosen in. */
export function startsAtText(
  schedule: { at: number; zone: string },
  now: number,
  t: TFunction,
  language: string,
): string {
  return t('policy.when.startsAt', {
    date: formatMoment(schedule.at, schedule.zone, language, now),
    zone: schedule.zone,
  })
}

/**
 * The instant a wall-clock date and time name in a zone (`2024-12-03`, `09:00`,
 * `Europe/Moscow` → 06:00 UTC); null when one of them is not valid. A time skipped by a
 * daylight-saving change moves forward, as the clocks did.
 */
export function instantOf(date: string, time: string, zone: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null
  const moment = DateTime.fromISO(`${date}T${time}`, { zone })
  return moment.isValid ? moment.toMillis() : null
}

/** The date and time (`2024-12-03`, `09:00`) an instant shows in a zone: the inputs' values. */
export function wallClockOf(ms: number, zone: string): { date: string; time: string } {
  const moment = DateTime.fromMillis(ms, { zone })
  return { date: moment.toFormat('yyyy-MM-dd'), time: moment.toFormat('HH:mm') }
}

/** "Waiting for sending hours: resumes on Monday at 09:00 (Europe/Moscow)." */
export function resumesText(
  until: number,
  zone: string,
  now: number,
  t: TFunction,
  language: string,
): string {
  return t('policy.when.resumes', { when: describeWhen(until, zone, now, t, language), zone })
}

/** Where a new schedule's fields start: tomorrow at 09:00 in the zone. */
export function defaultStart(now: number, zone: string): { date: string; time: string } {
  const tomorrow = DateTime.fromMillis(now, { zone }).plus({ days: 1 })
  return { date: tomorrow.toFormat('yyyy-MM-dd'), time: '09:00' }
}
