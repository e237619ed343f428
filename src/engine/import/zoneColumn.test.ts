import { describe, expect, it } from 'vitest'
import { findZoneColumn, summarizeZones, ZoneReader } from './zoneColumn'

describe('findZoneColumn', () => {
  it.each([
    [['email', 'name', 'timezone'], 'timezone'],
    [['email', 'Time Zone'], 'Time Zone'],
    [['email', 'time_zone'], 'time_zone'],
    [['email', 'TZ'], 'TZ'],
    [['email', 'zone'], 'zone'],
    [['email', 'Часовой пояс'], 'Часовой пояс'],
    [['email', 'tz', 'zone'], 'tz'],
    [['email', 'name', 'city'], null],
    [['email', 'timezones', 'ozone'], null],
  ])('%j → %j', (names, column) => {
    expect(findZoneColumn(names)).toBe(column)
  })
})

describe('summarizeZones', () => {
  it('counts rows with a zone understood and without, with a few examples of the latter', () => {
    const rows = [
      { data: { tz: 'Europe/Moscow' } },
      { data: { tz: 'UTC+3' } },
      { data: { tz: '' } },
      { data: { tz: 'Moscow' } },
      { data: { tz: 'Moscow' } },
      { data: {} },
      { data: { tz: 12 } },
    ]
    expect(summarizeZones(rows, 'tz')).toEqual({
      column: 'tz',
      known: 2,
      unknown: 5,
      examples: ['Moscow', '12'],
    })
    expect(summarizeZones(rows, null)).toBeNull()
  })

  it('reads each distinct text once, into its stored form', () => {
    const reader = new ZoneReader()
    expect(reader.zoneOf('europe/moscow')).toBe('Europe/Moscow')
    expect(reader.zoneOf('GMT-5')).toBe('UTC-05:00')
    expect(reader.zoneOf(null)).toBeNull()
  })
})
