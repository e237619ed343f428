/**
 * Sending hours as instants. Every expected instant is written in UTC by hand, from the
 * zone's known offsets (New York: EST −05:00, EDT −04:00 from 2026-03-08 02:00 to 2026-11-01
 * 02:00 local), so the tests do not lean on the code's own conversions.
 */
import { describe, expect, it } from 'vitest'
import type { SendingHours } from '@shared/contract'
import { hoursState, openMsBetween } from './sendingHours'

const at = (iso: string) => Date.parse(iso)
const HOUR = 3_600_000
const MINUTE = 60_000
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]
const WEEKDAYS = [1, 2, 3, 4, 5]
const NY = 'America/New_York'

function hours(from: string, to: string, zone: string, days = EVERY_DAY): SendingHours {
  return { days, from, to, zone }
}

const opensAt = (iso: string) => ({ open: false, opensAt: at(iso) })
const closesAt = (iso: string) => ({ open: true, closesAt: at(iso) })

describe('hoursState, office hours on weekdays (Berlin, winter: UTC+1)', () => {
  const office = hours('09:00', '17:00', 'Europe/Berlin', WEEKDAYS)
  // 2026-01-07 is a Wednesday.
  it.each([
    ['2026-01-07T09:00:00Z', closesAt('2026-01-07T16:00:00Z')], // 10:00 local
    ['2026-01-07T08:00:00Z', closesAt('2026-01-07T16:00:00Z')], // 09:00 sharp: open
    ['2026-01-07T07:59:59Z', opensAt('2026-01-07T08:00:00Z')], // 08:59:59: not yet
    ['2026-01-07T16:00:00Z', opensAt('2026-01-08T08:00:00Z')], // 17:00 sharp: closed
    ['2026-01-09T17:00:00Z', opensAt('2026-01-12T08:00:00Z')], // Friday evening → Monday
    ['2026-01-10T12:00:00Z', opensAt('2026-01-12T08:00:00Z')], // Saturday → Monday
    ['2026-01-11T23:30:00Z', opensAt('2026-01-12T08:00:00Z')], // Monday 00:30 local
  ])('at %s', (now, state) => {
    expect(hoursState(office, at(now))).toEqual(state)
  })
})

describe('hoursState across the New York spring-forward (Sunday 2026-03-08, 02:00 → 03:00)', () => {
  it('09:00–17:00 keeps the wall clock: EST before, EDT after', () => {
    const day = hours('09:00', '17:00', NY)
    expect(hoursState(day, at('2026-03-07T17:00:00Z'))).toEqual(closesAt('2026-03-07T22:00:00Z'))
    expect(hoursState(day, at('2026-03-07T23:00:00Z'))).toEqual(opensAt('2026-03-08T13:00:00Z'))
    expect(hoursState(day, at('2026-03-08T13:00:00Z'))).toEqual(closesAt('2026-03-08T21:00:00Z'))
    expect(hoursState(day, at('2026-03-08T12:59:00Z'))).toEqual(opensAt('2026-03-08T13:00:00Z'))
  })

  it('01:30–03:00 lasts 30 minutes on the night the clocks skip 02:00–03:00', () => {
    const night = hours('01:30', '03:00', NY)
    expect(hoursState(night, at('2026-03-08T06:00:00Z'))).toEqual(opensAt('2026-03-08T06:30:00Z'))
    expect(hoursState(night, at('2026-03-08T06:45:00Z'))).toEqual(closesAt('2026-03-08T07:00:00Z'))
    expect(hoursState(night, at('2026-03-08T07:00:00Z'))).toEqual(opensAt('2026-03-09T05:30:00Z'))
    // Saturday's (all EST) and Monday's (all EDT) are 90 minutes.
    expect(hoursState(night, at('2026-03-07T06:30:00Z'))).toEqual(closesAt('2026-03-07T08:00:00Z'))
    expect(hoursState(night, at('2026-03-09T05:30:00Z'))).toEqual(closesAt('2026-03-09T07:00:00Z'))
  })

  it('a start inside the skipped hour is read with the offset before it (02:30 → 03:30 EDT)', () => {
    const late = hours('02:30', '04:00', NY)
    expect(hoursState(late, at('2026-03-08T06:00:00Z'))).toEqual(opensAt('2026-03-08T07:30:00Z'))
  })

  it('a window inside the skipped hour moves by the hour (02:10–02:40 → 03:10–03:40 EDT)', () => {
    const gap = hours('02:10', '02:40', NY, [7])
    expect(hoursState(gap, at('2026-03-08T05:00:00Z'))).toEqual(opensAt('2026-03-08T07:10:00Z'))
    expect(openMsBetween(gap, at('2026-03-08T05:00:00Z'), at('2026-03-09T05:00:00Z'))).toBe(
      30 * MINUTE,
    )
  })

  it('a window from inside the skipped hour to its end is empty that day: the next one opens', () => {
    const gap = hours('02:30', '03:00', NY, [7])
    expect(hoursState(gap, at('2026-03-08T05:00:00Z'))).toEqual(opensAt('2026-03-15T06:30:00Z'))
  })

  it('22:00–06:00 over that night lasts 7 hours', () => {
    const overnight = hours('22:00', '06:00', NY)
    expect(hoursState(overnight, at('2026-03-08T05:00:00Z'))).toEqual(
      closesAt('2026-03-08T10:00:00Z'),
    )
    expect(openMsBetween(overnight, at('2026-03-08T03:00:00Z'), at('2026-03-08T12:00:00Z'))).toBe(
      7 * HOUR,
    )
  })

  it('a window over midnight that runs into the next one is one stretch, counted once', () => {
    // Saturday 03:00 EST → Sunday 02:30 (skipped: 03:30 EDT, 07:30Z); Sunday's opens 03:00 EDT (07:00Z).
    const long = hours('03:00', '02:30', NY)
    expect(hoursState(long, at('2026-03-08T06:00:00Z'))).toEqual(closesAt('2026-03-09T06:30:00Z'))
    expect(openMsBetween(long, at('2026-03-07T08:00:00Z'), at('2026-03-09T06:30:00Z'))).toBe(
      at('2026-03-09T06:30:00Z') - at('2026-03-07T08:00:00Z'),
    )
  })
})

describe('hoursState across the New York fall-back (Sunday 2026-11-01, 02:00 → 01:00)', () => {
  it('09:00–17:00 keeps the wall clock: EDT before, EST after', () => {
    const day = hours('09:00', '17:00', NY)
    expect(hoursState(day, at('2026-10-31T14:00:00Z'))).toEqual(closesAt('2026-10-31T21:00:00Z'))
    expect(hoursState(day, at('2026-10-31T21:00:00Z'))).toEqual(opensAt('2026-11-01T14:00:00Z'))
    expect(hoursState(day, at('2026-11-01T14:00:00Z'))).toEqual(closesAt('2026-11-01T22:00:00Z'))
  })

  it('01:30–03:00 opens at the first 01:30 (EDT) and lasts two and a half hours', () => {
    const night = hours('01:30', '03:00', NY)
    expect(hoursState(night, at('2026-11-01T05:00:00Z'))).toEqual(opensAt('2026-11-01T05:30:00Z'))
    // 01:15 EST, the repeated hour: still inside the one stretch.
    expect(hoursState(night, at('2026-11-01T06:15:00Z'))).toEqual(closesAt('2026-11-01T08:00:00Z'))
    expect(hoursState(night, at('2026-11-01T08:00:00Z'))).toEqual(opensAt('2026-11-02T06:30:00Z'))
    expect(openMsBetween(night, at('2026-11-01T00:00:00Z'), at('2026-11-02T00:00:00Z'))).toBe(
      150 * MINUTE,
    )
  })

  it('22:00–06:00 over that night lasts 9 hours', () => {
    const overnight = hours('22:00', '06:00', NY)
    expect(hoursState(overnight, at('2026-11-01T03:00:00Z'))).toEqual(
      closesAt('2026-11-01T11:00:00Z'),
    )
    expect(openMsBetween(overnight, at('2026-11-01T00:00:00Z'), at('2026-11-01T12:00:00Z'))).toBe(
      9 * HOUR,
    )
  })
})

describe('hoursState across midnight', () => {
  // 2026-01-09 is a Friday.
  const fridayNight = hours('22:00', '06:00', 'UTC', [5])

  it.each([
    ['2026-01-09T23:00:00Z', closesAt('2026-01-10T06:00:00Z')], // Friday 23:00
    ['2026-01-10T03:00:00Z', closesAt('2026-01-10T06:00:00Z')], // Saturday 03:00: Friday's
    ['2026-01-10T06:00:00Z', opensAt('2026-01-16T22:00:00Z')], // Saturday 06:00: over
    ['2026-01-09T05:00:00Z', opensAt('2026-01-09T22:00:00Z')], // Friday 05:00: Thursday not listed
    ['2026-01-09T22:00:00Z', closesAt('2026-01-10T06:00:00Z')],
  ])('Friday 22:00–06:00 at %s', (now, state) => {
    expect(hoursState(fridayNight, at(now))).toEqual(state)
  })

  it('every night: each night closes at 06:00, the next opens at 22:00', () => {
    const nights = hours('22:00', '06:00', 'UTC')
    expect(hoursState(nights, at('2026-01-06T01:00:00Z'))).toEqual(closesAt('2026-01-06T06:00:00Z'))
    expect(hoursState(nights, at('2026-01-06T12:00:00Z'))).toEqual(opensAt('2026-01-06T22:00:00Z'))
  })

  it('a window ending at midnight ends on the next day at 00:00', () => {
    const evening = hours('18:00', '00:00', 'UTC', [1])
    // 2026-01-05 is a Monday.
    expect(hoursState(evening, at('2026-01-05T23:59:00Z'))).toEqual(
      closesAt('2026-01-06T00:00:00Z'),
    )
    expect(hoursState(evening, at('2026-01-06T00:00:00Z'))).toEqual(opensAt('2026-01-12T18:00:00Z'))
  })
})

describe('hoursState: days and zones', () => {
  it('one day a week: waits a whole week once it has passed', () => {
    const wednesday = hours('10:00', '11:00', 'UTC', [3])
    expect(hoursState(wednesday, at('2026-01-07T11:00:00Z'))).toEqual(
      opensAt('2026-01-14T10:00:00Z'),
    )
    expect(hoursState(wednesday, at('2026-01-07T10:30:00Z'))).toEqual(
      closesAt('2026-01-07T11:00:00Z'),
    )
  })

  it('fixed offsets: UTC+03:00 and UTC-05:30', () => {
    const plus3 = hours('09:00', '17:00', 'UTC+03:00')
    expect(hoursState(plus3, at('2026-01-07T05:00:00Z'))).toEqual(opensAt('2026-01-07T06:00:00Z'))
    expect(hoursState(plus3, at('2026-01-07T13:59:00Z'))).toEqual(closesAt('2026-01-07T14:00:00Z'))
    const minus530 = hours('09:00', '17:00', 'UTC-05:30')
    expect(hoursState(minus530, at('2026-01-07T14:00:00Z'))).toEqual(
      opensAt('2026-01-07T14:30:00Z'),
    )
    // A fixed offset has no summer time: the same instants in July.
    expect(hoursState(minus530, at('2026-07-07T14:00:00Z'))).toEqual(
      opensAt('2026-07-07T14:30:00Z'),
    )
  })

  it('a zone given overrides the hours’ own (a recipient’s zone)', () => {
    const office = hours('09:00', '17:00', 'UTC')
    expect(hoursState(office, at('2026-01-07T01:00:00Z'), 'Asia/Tokyo')).toEqual(
      closesAt('2026-01-07T08:00:00Z'),
    )
    expect(hoursState(office, at('2026-01-07T01:00:00Z'))).toEqual(opensAt('2026-01-07T09:00:00Z'))
    // The weekday is the recipient's too: Saturday 01:00 in Tokyo is still Friday in UTC.
    const weekdays = hours('00:00', '12:00', 'UTC', WEEKDAYS)
    expect(hoursState(weekdays, at('2026-01-09T16:00:00Z'), 'Asia/Tokyo')).toEqual(
      opensAt('2026-01-11T15:00:00Z'),
    )
  })

  it('refuses a zone it cannot read', () => {
    expect(() => hoursState(hours('09:00', '17:00', 'Mars/Olympus'), 0)).toThrow(/time zone/)
  })
})

describe('openMsBetween', () => {
  const office = hours('09:00', '17:00', 'UTC', WEEKDAYS)

  it('is 0 for an empty or reversed span', () => {
    expect(openMsBetween(office, at('2026-01-07T10:00:00Z'), at('2026-01-07T10:00:00Z'))).toBe(0)
    expect(openMsBetween(office, at('2026-01-07T12:00:00Z'), at('2026-01-07T10:00:00Z'))).toBe(0)
  })

  it('counts only the open part of a span', () => {
    expect(openMsBetween(office, at('2026-01-07T10:00:00Z'), at('2026-01-07T12:30:00Z'))).toBe(
      2.5 * HOUR,
    )
    expect(openMsBetween(office, at('2026-01-07T15:00:00Z'), at('2026-01-08T10:00:00Z'))).toBe(
      3 * HOUR,
    )
    expect(openMsBetween(office, at('2026-01-07T17:00:00Z'), at('2026-01-08T09:00:00Z'))).toBe(0)
  })

  it('a whole week of weekdays is 40 hours; four weeks are 160', () => {
    expect(openMsBetween(office, at('2026-01-05T00:00:00Z'), at('2026-01-12T00:00:00Z'))).toBe(
      40 * HOUR,
    )
    expect(openMsBetween(office, at('2026-01-05T00:00:00Z'), at('2026-02-02T00:00:00Z'))).toBe(
      160 * HOUR,
    )
  })

  it('a night over midnight counts on both sides of it', () => {
    const fridayNight = hours('22:00', '06:00', 'UTC', [5])
    expect(openMsBetween(fridayNight, at('2026-01-10T00:00:00Z'), at('2026-01-10T12:00:00Z'))).toBe(
      6 * HOUR,
    )
    expect(openMsBetween(fridayNight, at('2026-01-05T00:00:00Z'), at('2026-01-12T00:00:00Z'))).toBe(
      8 * HOUR,
    )
  })

  it('in New York the spring-forward week is one hour shorter for 01:30–03:00 only', () => {
    const day = hours('09:00', '17:00', NY)
    const night = hours('01:30', '03:00', NY)
    const from = at('2026-03-02T05:00:00Z') // Monday 00:00 EST
    const to = at('2026-03-09T04:00:00Z') // Monday 00:00 EDT
    expect(openMsBetween(day, from, to)).toBe(7 * 8 * HOUR)
    expect(openMsBetween(night, from, to)).toBe(7 * 90 * MINUTE - HOUR)
  })

  it('a recipient’s zone moves the windows', () => {
    const everyDay = hours('09:00', '17:00', 'UTC')
    const from = at('2026-01-07T00:00:00Z')
    const to = at('2026-01-07T10:00:00Z')
    expect(openMsBetween(everyDay, from, to)).toBe(1 * HOUR)
    expect(openMsBetween(everyDay, from, to, 'Asia/Tokyo')).toBe(8 * HOUR)
  })
})
