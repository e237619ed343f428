/**
 * A real but short wait for the browser tests of sending hours: a scheduled start at a whole
 * minute and sending hours that open one minute later, both in a zone whose clock differs from
 * this computer's. The schedule dialog and the hours take whole minutes, so the campaign starts
 * at one and waits for the next. Luxon does the zone arithmetic.
 */
import { DateTime } from 'luxon'

/** Zones far from most machines; the first whose clock differs from the computer's is used. */
const ZONES = [
  { zone: 'Asia/Tokyo', search: 'tokyo' },
  { zone: 'America/New_York', search: 'new york' },
] as const

export type AwayZone = (typeof ZONES)[number]

export function zoneAwayFrom(local: string, at: number): AwayZone {
  const offset = (zone: string) => DateTime.fromMillis(at, { zone }).offset
  return ZONES.find((z) => offset(z.zone) !== offset(local)) ?? ZONES[0]
}

export interface OpeningPlan {
  /** The scheduled start: a whole minute, at least the lead ahead of now. */
  start: DateTime
  /** When the sending hours open: the minute after the start. */
  opens: DateTime
  /** The hours as the sending step takes them: the opening's weekday, two hours from it. */
  hours: { day: number; from: string; to: string }
}

/**
 * The first whole minute at least `leadMs` from now is the start; the hours open a minute
 * later, on the weekday of that minute in the zone (near its midnight, the next day's).
 */
export function planOpening(now: number, zone: string, leadMs: number): OpeningPlan {
  const earliest = DateTime.fromMillis(now + leadMs, { zone })
  const start = earliest.equals(earliest.startOf('minute'))
    ? earliest
    : earliest.startOf('minute').plus({ minutes: 1 })
  const opens = start.plus({ minutes: 1 })
  return {
    start,
    opens,
    hours: {
      day: opens.weekday,
      from: opens.toFormat('HH:mm'),
      to: opens.plus({ hours: 2 }).toFormat('HH:mm'),
    },
  }
}
