import { describe, expect, it } from 'vitest'
import { Warmup } from '../contract/sendingPolicy'
import { localDay, nextLocalMidnight, warmupAllowance, warmupToday } from './warmup'
import { WARMUP_PRESETS, presetOf, warmupFromPreset } from './warmupPresets'

const w = { startPerDay: 10, targetPerDay: 1000, days: 5, zone: 'UTC' }

describe('warmupAllowance', () => {
  it('grows geometrically from the start to the target, then stays there', () => {
    // 10 · 100^(k/4): ×√10 a day.
    expect([0, 1, 2, 3, 4, 5, 40].map((k) => warmupAllowance(w, k))).toEqual([
      10, 32, 100, 316, 1000, 1000, 1000,
    ])
  })

  it('never falls below the start nor passes the target', () => {
    for (const p of WARMUP_PRESETS) {
      let previous = 0
      for (let k = 0; k < p.days + 3; k++) {
        const a = warmupAllowance(p, k)
        expect(a).toBeGreaterThanOrEqual(previous)
        expect(a).toBeLessThanOrEqual(p.targetPerDay)
        previous = a
      }
      expect(warmupAllowance(p, 0)).toBe(p.startPerDay)
      expect(warmupAllowance(p, p.days - 1)).toBe(p.targetPerDay)
    }
  })
})

describe('local days', () => {
  it('are calendar days in the zone', () => {
    const at = Date.UTC(2030, 0, 1, 22, 30) // 01:30 on Jan 2 in Moscow
    expect(localDay('UTC', at)).toBe('2030-01-01')
    expect(localDay('Europe/Moscow', at)).toBe('2030-01-02')
    expect(localDay('UTC-05:00', at)).toBe('2030-01-01')
    expect(nextLocalMidnight('Europe/Moscow', at)).toBe(Date.UTC(2030, 0, 2, 21))
    expect(nextLocalMidnight('UTC-05:00', at)).toBe(Date.UTC(2030, 0, 2, 5))
  })

  it('end at local midnight across a daylight-saving change (a 23-hour day)', () => {
    // New York springs forward on 10 March 2030: that day is 23 hours long.
    const morning = Date.UTC(2030, 2, 10, 14) // 10:00 EDT
    expect(nextLocalMidnight('America/New_York', morning)).toBe(Date.UTC(2030, 2, 11, 4))
    expect(localDay('America/New_York', Date.UTC(2030, 2, 11, 3, 59))).toBe('2030-03-10')
  })
})

describe('warmupToday', () => {
  const now = Date.UTC(2030, 0, 1, 9)
  it('grows tomorrow only when something went out today', () => {
    expect(warmupToday(w, { dayIndex: 1, sentToday: 0, now })).toEqual({
      day: 2,
      allowance: 32,
      sentToday: 0,
      nextAllowance: 32,
      growsAt: Date.UTC(2030, 0, 2),
    })
    expect(warmupToday(w, { dayIndex: 1, sentToday: 5, now }).nextAllowance).toBe(100)
  })
})

describe('presets', () => {
  it('are valid warm-ups that never more than double from one day to the next', () => {
    for (const p of WARMUP_PRESETS) {
      const warmup = warmupFromPreset(p.id, 'Europe/Moscow')
      expect(Warmup.parse(warmup)).toEqual(warmup)
      expect(presetOf(warmup)).toBe(p.id)
      for (let k = 1; k < p.days; k++)
        expect(warmupAllowance(p, k)).toBeLessThanOrEqual(2 * warmupAllowance(p, k - 1))
    }
    expect(presetOf(w)).toBeNull()
  })
})
