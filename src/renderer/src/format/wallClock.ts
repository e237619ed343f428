/**
 * Between an instant and the wall clock of a zone, as a date and a time field hold it
 * (`2024-12-03`, `09:00`). Luxon does the zone arithmetic.
 */
import { DateTime } from 'luxon'

/**
 * The instant a date and time name in a zone (`2024-12-03`, `09:00`, `Europe/Moscow` → 06:00
 * UTC); null when one of them is not valid. A time skipped by a daylight-saving change moves
 * forward, as the clocks did.
 */
export function instantOf(date: string, time: string, zone: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null
  const moment = DateTime.fromISO(`${date}T${time}`, { zone })
  return moment.isValid ? moment.toMillis() : null
}

/** The date and time an instant shows in a zone: the fields' values. */
export function wallClockOf(ms: number, zone: string): { date: string; time: string } {
  const moment = DateTime.fromMillis(ms, { zone })
  return { date: moment.toFormat('yyyy-MM-dd'), time: moment.toFormat('HH:mm') }
}

/** Tomorrow's date in the zone, at the time given: where a new schedule's fields start. */
export function tomorrowAt(
  now: number,
  zone: string,
  time: string,
): { date: string; time: string } {
  const tomorrow = DateTime.fromMillis(now, { zone }).plus({ days: 1 })
  return { date: tomorrow.toFormat('yyyy-MM-dd'), time }
}
