import { describe, expect, it } from 'vitest'
import { SLOWDOWN_BASE_PAUSE_MS, SLOWDOWN_MAX_PAUSE_MS, AccountSlowdown } from './accountSlowdown'

describe('AccountSlowdown', () => {
  it('pauses for a growing while and slows the pace with each hit', () => {
    const t = new AccountSlowdown()
    expect(t.pace(2000)).toBe(2000)
    expect(t.hit(0)).toBe(SLOWDOWN_BASE_PAUSE_MS)
    expect(t.pace(2000)).toBe(4000)
    expect(t.hit(0)).toBe(2 * SLOWDOWN_BASE_PAUSE_MS)
    expect(t.pace(0)).toBe(4000)
    for (let i = 0; i < 20; i++) t.hit(0)
    expect(t.hit(0)).toBe(SLOWDOWN_MAX_PAUSE_MS)
  })

  it('recovers one level per run of successes', () => {
    const t = new AccountSlowdown()
    t.hit(0)
    for (let i = 0; i < 49; i++) t.success()
    expect(t.level).toBe(1)
    t.success()
    expect(t.level).toBe(0)
    expect(t.pace(2000)).toBe(2000)
  })
})
