import { describe, expect, it } from 'vitest'
import { MAX_BACKOFF_MS, retryDelayMs } from './backoff'

describe('retryDelayMs', () => {
  it('doubles after each attempt, between half and all of the step', () => {
    const low = () => 0
    const high = () => 1
    expect([1, 2, 3, 4].map((n) => retryDelayMs(60_000, n, low))).toEqual([
      30_000, 60_000, 120_000, 240_000,
    ])
    expect([1, 2, 3, 4].map((n) => retryDelayMs(60_000, n, high))).toEqual([
      60_000, 120_000, 240_000, 480_000,
    ])
    expect(retryDelayMs(60_000, 1, () => 0.5)).toBe(45_000)
  })

  it('never exceeds the cap, however many attempts', () => {
    expect(retryDelayMs(60_000, 40, () => 1)).toBe(MAX_BACKOFF_MS)
  })

  it('is zero for a zero backoff', () => {
    expect(retryDelayMs(0, 3, () => 1)).toBe(0)
  })
})
