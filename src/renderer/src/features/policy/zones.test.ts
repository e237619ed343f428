/** The time-zone picker's list: every zone once, the computer's first, found by city or offset. */
import { describe, expect, it } from 'vitest'
import { allTimeZones, filterZones, typedOffset, zoneOptions } from './zones'

/** Tue 3 Dec 2024, 12:00 in Moscow. */
const tuesdayNoon = Date.UTC(2024, 11, 3, 9, 0)

describe('time zones', () => {
  it('lists every zone once in its stored spelling, UTC among them', () => {
    const zones = allTimeZones()
    expect(zones).toContain('UTC')
    expect(zones).toContain('Europe/Moscow')
    expect(zones).toContain('America/New_York')
    expect(new Set(zones).size).toBe(zones.length)
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
    expect(values('new_york')).toEqual(['America/New_York'])
    expect(values('europe/moscow')[0]).toBe('Europe/Moscow')
    expect(values('+05:30').some((z) => /Calcutta|Kolkata/.test(z))).toBe(true)
    expect(typedOffset(options, 'utc+3')).toEqual({ value: 'UTC+03:00', label: 'UTC+03:00' })
    expect(typedOffset(options, '-0530')).toEqual({ value: 'UTC-05:30', label: 'UTC-05:30' })
    expect(typedOffset(options, 'moscow')).toBeNull()
    expect(typedOffset(options, 'UTC')).toBeNull()
  })
})
