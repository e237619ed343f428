import { describe, expect, it } from 'vitest'
import { formatApproxDuration } from './approxDuration'
import { formatPercent } from './percent'
import { formatBytes } from './bytes'
import { formatDateTime } from './date'

describe('formats', () => {
  it('writes sizes in the user’s language', () => {
    expect(formatBytes(512, 'en')).toBe('512 bytes')
    expect(formatBytes(1536, 'en')).toBe('1.5 kB')
    expect(formatBytes(1536, 'ru')).toMatch(/^1,5\s?кБ$/i)
  })

  it('writes dates in the user’s language', () => {
    const at = Date.UTC(2026, 2, 5, 12, 0)
    expect(formatDateTime(at, 'en')).toContain('2026')
    expect(formatDateTime(at, 'ru')).toMatch(/мар/)
  })
})

describe('approximate durations', () => {
  it('uses minutes under an hour and hours above, in the reader’s language', () => {
    expect(formatApproxDuration(90_000, 'en')).toBe('2 minutes')
    expect(formatApproxDuration(5_400_000, 'en')).toBe('1.5 hours')
    expect(formatApproxDuration(5_400_000, 'ru')).toBe('1,5 часа')
    expect(formatApproxDuration(10_000, 'ru')).toBe('10 секунд')
    expect(formatApproxDuration(4_000, 'ru')).toBe('4 секунды')
    expect(formatApproxDuration(61_000, 'ru')).toBe('2 минуты')
    expect(formatApproxDuration(300, 'en')).toBe('1 second')
  })

  it('writes percentages as the reader does', () => {
    expect(formatPercent(16.9, 'en')).toBe('16.9%')
    expect(formatPercent(100, 'en')).toBe('100%')
    expect(formatPercent(16.9, 'ru')).toBe('16,9\u00a0%')
  })
})
