import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { zoneLabel } from '@renderer/format/zoneLabel'
import { clocksDiffer, dayAndTime } from './dayAndTime'

const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis()

describe('a moment as the campaign page says it', () => {
  const zone = 'Europe/Moscow'
  const now = at('2030-01-04T15:00', zone) // a Friday

  it('says today, tomorrow, a weekday within the week, else the date; the clock in that zone', () => {
    expect(dayAndTime(at('2030-01-04T22:30', zone), zone, now, 'en')).toEqual({
      day: { kind: 'today' },
      time: '22:30',
    })
    expect(dayAndTime(at('2030-01-05T09:00', zone), zone, now, 'en').day).toEqual({
      kind: 'tomorrow',
    })
    expect(dayAndTime(at('2030-01-07T09:00', zone), zone, now, 'en')).toEqual({
      day: { kind: 'weekday', weekday: 'mon' },
      time: '09:00',
    })
    expect(dayAndTime(at('2030-01-14T09:00', zone), zone, now, 'ru').day).toEqual({
      kind: 'date',
      date: '14 января',
    })
  })

  it('counts calendar days across a daylight-saving change', () => {
    const ny = 'America/New_York'
    // Clocks go forward on Sunday 10 March 2030: that day has 23 hours.
    const saturday = at('2030-03-09T23:30', ny)
    expect(dayAndTime(at('2030-03-10T09:00', ny), ny, saturday, 'en')).toEqual({
      day: { kind: 'tomorrow' },
      time: '09:00',
    })
    expect(dayAndTime(at('2030-03-11T00:30', ny), ny, saturday, 'en').day).toEqual({
      kind: 'weekday',
      weekday: 'mon',
    })
  })

  it('knows when two zones read the same clock, whatever their names', () => {
    const moment = at('2030-01-07T09:00', zone)
    expect(clocksDiffer(moment, zone, 'UTC+03:00')).toBe(false)
    expect(clocksDiffer(moment, zone, 'Europe/Berlin')).toBe(true)
    expect(zoneLabel('America/New_York')).toBe('America/New York')
  })
})
