/** How the window says a moment, converts a wall clock and names a zone. */
import type { TFunction } from 'i18next'
import { DateTime } from 'luxon'
import { beforeAll, describe, expect, it } from 'vitest'
import { translators } from '@renderer/test/translators'
import { clocksDiffer, dayOf, formatMoment, momentWords } from './moment'
import { instantOf, tomorrowAt, wallClockOf } from './wallClock'
import { offsetOf, zoneName, zoneWithOffset } from './zoneName'

let en: TFunction
let ru: TFunction
beforeAll(async () => ({ en, ru } = await translators()))

const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis()
const moscow = 'Europe/Moscow'
/** Friday 4 January 2030, 15:00 in Moscow. */
const friday = at('2030-01-04T15:00', moscow)

describe('the day of a moment', () => {
  it('is yesterday, today, tomorrow, a weekday within the week, else the date', () => {
    const day = (iso: string, language = 'en') => dayOf(at(iso, moscow), moscow, friday, language)
    expect(day('2030-01-03T09:00')).toEqual({ kind: 'yesterday' })
    expect(day('2030-01-04T22:30')).toEqual({ kind: 'today' })
    expect(day('2030-01-05T09:00')).toEqual({ kind: 'tomorrow' })
    expect(day('2030-01-07T09:00')).toEqual({ kind: 'weekday', weekday: 'monday' })
    expect(day('2030-01-10T09:00')).toEqual({ kind: 'weekday', weekday: 'thursday' })
    expect(day('2030-01-11T09:00', 'ru')).toEqual({ kind: 'date', date: '11 января' })
    expect(day('2029-12-30T09:00', 'en')).toEqual({ kind: 'date', date: 'December 30, 2029' })
  })

  it('counts calendar days in the zone given, across a daylight-saving change', () => {
    const ny = 'America/New_York'
    // Clocks go forward on Sunday 10 March 2030: that day has 23 hours.
    const saturday = at('2030-03-09T23:30', ny)
    expect(dayOf(at('2030-03-10T09:00', ny), ny, saturday, 'en')).toEqual({ kind: 'tomorrow' })
    expect(dayOf(at('2030-03-11T00:30', ny), ny, saturday, 'en')).toEqual({
      kind: 'weekday',
      weekday: 'monday',
    })
    // Midnight in Moscow is still Friday in London.
    expect(dayOf(at('2030-01-05T00:30', moscow), 'Europe/London', friday, 'en')).toEqual({
      kind: 'today',
    })
  })
})

describe('a moment in words', () => {
  it('gives a sentence its day and time, in English and Russian', () => {
    const words = (iso: string, t: TFunction, language: string) =>
      momentWords(at(iso, moscow), moscow, friday, t, language)
    expect(words('2030-01-04T18:00', en, 'en')).toEqual({ day: 'today', time: '18:00' })
    expect(words('2030-01-07T09:00', en, 'en')).toEqual({ day: 'on Monday', time: '09:00' })
    expect(words('2030-01-08T09:00', ru, 'ru')).toEqual({ day: 'во вторник', time: '09:00' })
    expect(words('2030-01-14T09:00', en, 'en')).toEqual({ day: 'on January 14', time: '09:00' })
    expect(words('2030-01-14T09:00', ru, 'ru')).toEqual({ day: '14 января', time: '09:00' })
    expect(words('2030-01-03T21:00', ru, 'ru')).toEqual({ day: 'вчера', time: '21:00' })
  })

  it('reads naturally in the sentences that use it', () => {
    const monday = momentWords(at('2030-01-07T09:00', moscow), moscow, friday, en, 'en')
    expect(en('campaigns.monitor.waiting', monday)).toBe(
      'Waiting for sending hours — resumes on Monday at 09:00.',
    )
    const montag = momentWords(at('2030-01-07T09:00', moscow), moscow, friday, ru, 'ru')
    expect(ru('campaigns.monitor.waiting', montag)).toContain('продолжится в понедельник в 09:00')
    const tonight = momentWords(at('2030-01-04T18:00', moscow), moscow, friday, en, 'en')
    expect(en('campaigns.monitor.spread.finishBy', tonight)).toBe(
      'Spread to finish by 18:00 today.',
    )
  })

  it('writes a moment on its own in the user’s language, the year only when it differs', () => {
    const start = at('2030-12-03T09:00', moscow)
    expect(formatMoment(start, moscow, 'en', friday)).toBe('Tue, Dec 3, 09:00')
    expect(formatMoment(start, moscow, 'ru', friday)).toBe('вт, 3 дек., 09:00')
    expect(formatMoment(start, 'Asia/Tokyo', 'en', at('2029-06-01T12:00', moscow))).toBe(
      'Tue, Dec 3, 2030, 15:00',
    )
  })

  it('knows when two zones read the same clock, whatever their names', () => {
    const moment = at('2030-01-07T09:00', moscow)
    expect(clocksDiffer(moment, moscow, 'UTC+03:00')).toBe(false)
    expect(clocksDiffer(moment, moscow, 'Europe/Berlin')).toBe(true)
  })
})

describe('the wall clock of a zone', () => {
  it('turns a date and time in a zone into the instant, across zones and a daylight-saving change', () => {
    expect(instantOf('2024-12-03', '09:00', moscow)).toBe(Date.UTC(2024, 11, 3, 6, 0))
    expect(instantOf('2024-12-03', '09:00', 'UTC-05:00')).toBe(Date.UTC(2024, 11, 3, 14, 0))
    expect(instantOf('2024-07-01', '09:00', 'America/New_York')).toBe(Date.UTC(2024, 6, 1, 13, 0))
    expect(instantOf('2024-01-01', '09:00', 'America/New_York')).toBe(Date.UTC(2024, 0, 1, 14, 0))
    // 02:30 never happened in New York on 10 March 2024: the clocks went from 02:00 to 03:00.
    expect(instantOf('2024-03-10', '02:30', 'America/New_York')).toBe(Date.UTC(2024, 2, 10, 7, 30))
    expect(instantOf('2024-02-30', '09:00', 'UTC')).toBeNull()
    expect(instantOf('', '09:00', 'UTC')).toBeNull()
    expect(wallClockOf(Date.UTC(2024, 11, 3, 6, 0), moscow)).toEqual({
      date: '2024-12-03',
      time: '09:00',
    })
  })

  it('names tomorrow in the zone, not in UTC', () => {
    // 01:00 on 5 January in Moscow is still the 4th in UTC.
    expect(tomorrowAt(at('2030-01-05T01:00', moscow), moscow, '09:00')).toEqual({
      date: '2030-01-06',
      time: '09:00',
    })
  })
})

describe('a zone’s name', () => {
  it('reads as a person would, with its offset at the moment asked where a list needs it', () => {
    expect(zoneName('America/New_York')).toBe('America/New York')
    expect(zoneName('UTC+03:00')).toBe('UTC+03:00')
    expect(offsetOf(moscow, friday)).toBe('UTC+03:00')
    expect(offsetOf('America/New_York', Date.UTC(2024, 0, 1))).toBe('UTC-05:00')
    expect(offsetOf('America/New_York', Date.UTC(2024, 6, 1))).toBe('UTC-04:00')
    expect(zoneWithOffset('Asia/Kolkata', friday)).toBe('Asia/Kolkata (UTC+05:30)')
    expect(zoneWithOffset('America/New_York', friday)).toBe('America/New York (UTC-05:00)')
    expect(zoneWithOffset('UTC+03:00', friday)).toBe('UTC+03:00')
    expect(zoneWithOffset('UTC', friday)).toBe('UTC')
  })
})
