import { beforeAll, describe, expect, it } from 'vitest'
import type { TFunction } from 'i18next'
import i18next from 'i18next'
import { initI18n } from '@renderer/i18n'
import { daysSummary, hoursSummary, overnightNote, runsPastMidnight } from './hoursSummary'
import {
  describeWhen,
  formatMoment,
  instantOf,
  resumesText,
  startsAtText,
  wallClockOf,
} from './moments'
import { allTimeZones, filterZones, offsetOf, typedOffset, zoneLabel, zoneOptions } from './zones'

let en: TFunction
let ru: TFunction
beforeAll(async () => {
  await initI18n('en')
  en = i18next.getFixedT('en')
  ru = i18next.getFixedT('ru')
})

const office = { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', zone: 'Europe/Moscow' }
/** Tue 3 Dec 2024, 12:00 in Moscow. */
const tuesdayNoon = Date.UTC(2024, 11, 3, 9, 0)

describe('the sending-hours summary', () => {
  it('names the usual sets of days, and runs of days otherwise', () => {
    expect(hoursSummary(office, en, 'en')).toBe('Weekdays 09:00–18:00, Europe/Moscow')
    expect(hoursSummary(office, ru, 'ru')).toBe('Будни 09:00–18:00, Europe/Moscow')
    expect(daysSummary([7, 6], en, 'en')).toBe('Weekends')
    expect(daysSummary([1, 2, 3, 4, 5, 6, 7], ru, 'ru')).toBe('Каждый день')
    expect(daysSummary([1, 2, 3, 4, 6], en, 'en')).toBe('Mon–Thu, Sat')
    expect(daysSummary([1, 2, 3, 4, 6], ru, 'ru')).toBe('Пн–чт, сб')
    expect(daysSummary([1, 3], en, 'en')).toBe('Mon, Wed')
    expect(daysSummary([6, 7, 1], en, 'en')).toBe('Mon, Sat, Sun')
  })

  it('says when the hours run past midnight, on which day they open and end', () => {
    const night = { days: [5], from: '22:00', to: '06:00', zone: 'UTC+03:00' }
    expect(runsPastMidnight(night)).toBe(true)
    expect(runsPastMidnight(office)).toBe(false)
    expect(overnightNote(office, en, 'en')).toBeNull()
    expect(hoursSummary(night, en, 'en')).toBe('Fri 22:00–06:00, UTC+03:00')
    expect(overnightNote(night, en, 'en')).toBe(
      'Runs past midnight: each day’s hours end the next day (Friday 22:00 → Saturday 06:00).',
    )
    expect(overnightNote({ ...night, days: [7] }, ru, 'ru')).toBe(
      'Через полночь: часы каждого дня заканчиваются на следующий день (воскресенье 22:00 → понедельник 06:00).',
    )
  })
})

describe('moments', () => {
  it('turns a date and time in a zone into the instant, across zones and a daylight-saving change', () => {
    expect(instantOf('2024-12-03', '09:00', 'Europe/Moscow')).toBe(Date.UTC(2024, 11, 3, 6, 0))
    expect(instantOf('2024-12-03', '09:00', 'UTC-05:00')).toBe(Date.UTC(2024, 11, 3, 14, 0))
    expect(instantOf('2024-07-01', '09:00', 'America/New_York')).toBe(Date.UTC(2024, 6, 1, 13, 0))
    expect(instantOf('2024-01-01', '09:00', 'America/New_York')).toBe(Date.UTC(2024, 0, 1, 14, 0))
    // 02:30 never happened in New York on 10 March 2024: the clocks went from 02:00 to 03:00.
    expect(instantOf('2024-03-10', '02:30', 'America/New_York')).toBe(Date.UTC(2024, 2, 10, 7, 30))
    expect(instantOf('2024-02-30', '09:00', 'UTC')).toBeNull()
    expect(instantOf('', '09:00', 'UTC')).toBeNull()
    expect(wallClockOf(Date.UTC(2024, 11, 3, 6, 0), 'Europe/Moscow')).toEqual({
      date: '2024-12-03',
      time: '09:00',
    })
  })

  it('writes a moment in its zone and the user’s language, the year only when it differs', () => {
    const at = Date.UTC(2024, 11, 3, 6, 0)
    expect(formatMoment(at, 'Europe/Moscow', 'en', tuesdayNoon)).toBe('Tue 3 Dec 09:00')
    expect(formatMoment(at, 'Europe/Moscow', 'ru', tuesdayNoon)).toBe('вт 3 дек. 09:00')
    expect(formatMoment(at, 'Asia/Tokyo', 'en', Date.UTC(2023, 5, 1))).toBe('Tue 3 Dec 2024 15:00')
    expect(startsAtText({ at, zone: 'Europe/Moscow' }, tuesdayNoon, en, 'en')).toBe(
      'Starts Tue 3 Dec 09:00 (Europe/Moscow)',
    )
    expect(startsAtText({ at, zone: 'Europe/Moscow' }, tuesdayNoon, ru, 'ru')).toBe(
      'Начнётся вт 3 дек. 09:00 (Europe/Moscow)',
    )
  })

  it('says when sending resumes from now: today, tomorrow, a weekday, or a date', () => {
    const moscow = (day: number, hour: number) => Date.UTC(2024, 11, day, hour - 3, 0)
    const when = (at: number, t: TFunction, language: string) =>
      describeWhen(at, 'Europe/Moscow', tuesdayNoon, t, language)
    expect(when(moscow(3, 18), en, 'en')).toBe('today at 18:00')
    expect(when(moscow(4, 9), en, 'en')).toBe('tomorrow at 09:00')
    expect(when(moscow(9, 9), en, 'en')).toBe('on Monday at 09:00')
    expect(when(moscow(9, 9), ru, 'ru')).toBe('в понедельник в 09:00')
    expect(when(moscow(10, 9), ru, 'ru')).toBe('вт 10 дек. в 09:00')
    expect(when(moscow(10, 9), en, 'en')).toBe('on Tue 10 Dec at 09:00')
    // Midnight in Moscow is still Tuesday in London: days are counted in the zone given.
    expect(describeWhen(moscow(4, 1), 'Europe/London', tuesdayNoon, en, 'en')).toBe(
      'today at 22:00',
    )
    expect(resumesText(moscow(9, 9), 'Europe/Moscow', tuesdayNoon, en, 'en')).toBe(
      'Waiting for sending hours: resumes on Monday at 09:00 (Europe/Moscow).',
    )
    expect(resumesText(moscow(9, 9), 'Europe/Moscow', tuesdayNoon, ru, 'ru')).toBe(
      'Ждёт часов отправки: продолжит в понедельник в 09:00 (Europe/Moscow).',
    )
  })
})

describe('time zones', () => {
  it('lists every zone once in its stored spelling, UTC among them', () => {
    const zones = allTimeZones()
    expect(zones).toContain('UTC')
    expect(zones).toContain('Europe/Moscow')
    expect(zones).toContain('America/New_York')
    expect(new Set(zones).size).toBe(zones.length)
  })

  it('shows each zone’s offset at the moment asked, daylight saving included', () => {
    expect(offsetOf('Europe/Moscow', tuesdayNoon)).toBe('UTC+03:00')
    expect(offsetOf('America/New_York', Date.UTC(2024, 0, 1))).toBe('UTC-05:00')
    expect(offsetOf('America/New_York', Date.UTC(2024, 6, 1))).toBe('UTC-04:00')
    expect(zoneLabel('Asia/Kolkata', tuesdayNoon)).toBe('Asia/Kolkata (UTC+05:30)')
    expect(zoneLabel('UTC+03:00', tuesdayNoon)).toBe('UTC+03:00')
    expect(zoneLabel('UTC', tuesdayNoon)).toBe('UTC')
  })

  it('puts the computer’s zone first, and a chosen offset the list lacks next', () => {
    const options = zoneOptions(tuesdayNoon, 'Europe/Berlin', 'UTC+04:30', 'this computer')
    expect(options[0]).toEqual({
      value: 'Europe/Berlin',
      label: 'Europe/Berlin (UTC+01:00) — this computer',
    })
    expect(options[1]).toEqual({ value: 'UTC+04:30', label: 'UTC+04:30' })
    expect(options.filter((o) => o.value === 'Europe/Berlin')).toHaveLength(1)
  })

  it('finds zones by city or offset, and offers a typed offset as a zone', () => {
    const options = zoneOptions(tuesdayNoon, 'UTC', null, 'this computer')
    const values = (search: string) => filterZones(options, search).map((o) => o.value)
    expect(values('new york')).toEqual(['America/New_York'])
    expect(values('europe/moscow')[0]).toBe('Europe/Moscow')
    expect(values('+05:30').some((z) => /Calcutta|Kolkata/.test(z))).toBe(true)
    expect(typedOffset(options, 'utc+3')).toEqual({ value: 'UTC+03:00', label: 'UTC+03:00' })
    expect(typedOffset(options, '-0530')).toEqual({ value: 'UTC-05:30', label: 'UTC-05:30' })
    expect(typedOffset(options, 'moscow')).toBeNull()
    expect(typedOffset(options, 'UTC')).toBeNull()
  })
})
