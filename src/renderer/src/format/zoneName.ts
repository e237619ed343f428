/**
 * A time zone as a person reads it: `America/New_York` is "America/New York", with its offset
 * where a list needs one. The stored spelling stays as it is; offsets come from luxon.
 */
import { DateTime } from 'luxon'

/** `America/New_York` → `America/New York`; `UTC+03:00` stays. */
export function zoneName(zone: string): string {
  return zone.replace(/_/g, ' ')
}

/** `UTC+03:00`, `UTC-05:00`, `UTC+00:00`: the zone's offset at that moment. */
export function offsetOf(zone: string, at: number): string {
  const moment = DateTime.fromMillis(at, { zone })
  return moment.isValid ? `UTC${moment.toFormat('ZZ')}` : ''
}

/** `America/New York (UTC-05:00)`; UTC and an offset zone are their own label. */
export function zoneWithOffset(zone: string, at: number): string {
  return zone.startsWith('UTC') ? zone : `${zoneName(zone)} (${offsetOf(zone, at)})`
}
