import { describe, expect, it } from 'vitest'
import { THROTTLE_BASE_PAUSE_MS, THROTTLE_MAX_PAUSE_MS, Throttle } from './throttle'

describe('Throttle', () => {
  it('pauses for a growing while and slows the pace with each hit', () => {
    const t = new Throttle()
    expect(t.pace(2000)).toBe(2000)
    expect(t.hit(0)).toBe(THROTTLE_BASE_PAUSE_MS)
    expect(t.pace(2000)).toBe(4000)
    expect(t.hit(0)).toBe(2 * THROTTLE_BASE_PAUSE_MS)
    expect(t.pace(0)).toBe(4000)
    for (let i = 0; i < 20; i++) t.hit(0)
    expect(t.hit(0)).toBe(THROTTLE_MAX_PAUSE_MS)
  })

  it('recovers one level per run of successes', () => {
    const t = new Throttle()
    t.hit(0)
    for (let i = 0; i < 49; i++) t.success()
    expect(t.level).toBe(1)
    t.success()
    expect(t.level).toBe(0)
    expect(t.pace(2000)).toBe(2000)
  })
})
