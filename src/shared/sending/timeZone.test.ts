import { describe, expect, it } from 'vitest'
import { localTimeZone, normalizeTimeZone } from './timeZone'

describe('normalizeTimeZone', () => {
  it.each([
    ['Europe/Moscow', 'Europe/Moscow'],
    ['  America/New_York ', 'America/New_York'],
    ['europe/moscow', 'Europe/Moscow'],
    ['US/Eastern', 'America/New_York'],
    ['america/argentina/buenos_aires', 'America/Buenos_Aires'],
    // Etc/GMT+3 is three hours BEHIND UTC (the POSIX sign): kept by name, luxon reads it right.
    ['Etc/GMT+3', 'Etc/GMT+3'],
  ])('an IANA name: %j → %j', (input, zone) => {
    expect(normalizeTimeZone(input)).toBe(zone)
  })

  it.each([
    'UTC',
    'utc',
    'GMT',
    'gmt',
    'Z',
    'z',
    'Etc/UTC',
    'etc/gmt',
    'Zulu',
    'UTC+0',
    'GMT-0',
    '+00:00',
  ])('UTC in any spelling: %j', (input) => {
    expect(normalizeTimeZone(input)).toBe('UTC')
  })

  it.each([
    ['UTC+3', 'UTC+03:00'],
    ['utc + 3', 'UTC+03:00'],
    ['GMT+3', 'UTC+03:00'],
    ['GMT-05:30', 'UTC-05:30'],
    ['UTC−03:30', 'UTC-03:30'], // a minus sign, not a hyphen
    ['−3', 'UTC-03:00'],
    ['+03:00', 'UTC+03:00'],
    ['+0300', 'UTC+03:00'],
    ['+300', 'UTC+03:00'],
    ['-0530', 'UTC-05:30'],
    ['UTC+ 5:45', 'UTC+05:45'],
    ['UTC+14', 'UTC+14:00'],
    ['UTC-12', 'UTC-12:00'],
  ])('an offset: %j → %j', (input, zone) => {
    expect(normalizeTimeZone(input)).toBe(zone)
  })

  it.each([
    '',
    '   ',
    'foo',
    'MSK',
    'Mars/Olympus',
    'America/New York',
    'UTC+',
    'UTC+14:30',
    'UTC+15',
    'UTC-13',
    'UTC+3:60',
    '+3:5',
    // Plain numbers are not offsets (a sign is required): "12" once read as UTC-02:00.
    '12',
    '3',
    'UTC13',
    'a3',
  ])('not a zone: %j', (input) => {
    expect(normalizeTimeZone(input)).toBeNull()
  })

  it('gives back what it stores unchanged', () => {
    for (const zone of ['Europe/Moscow', 'UTC', 'UTC+03:00', 'UTC-05:30', 'Etc/GMT+3']) {
      expect(normalizeTimeZone(zone)).toBe(zone)
    }
  })
})

describe('localTimeZone', () => {
  it('is a zone normalizeTimeZone keeps as it is', () => {
    const zone = localTimeZone()
    expect(normalizeTimeZone(zone)).toBe(zone)
  })
})
