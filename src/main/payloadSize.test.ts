import { describe, expect, it } from 'vitest'
import { payloadSize } from './payloadSize'

describe('payloadSize', () => {
  it('is about the JSON size, strings, keys, numbers and bytes counted', () => {
    const value = { input: { id: 'abc', list: [1.5, true, null], file: 'QUJD'.repeat(25) } }
    const size = payloadSize(value, Infinity)
    expect(size).toBeGreaterThanOrEqual(JSON.stringify(value).length)
    expect(size).toBeLessThan(1.5 * JSON.stringify(value).length)
    expect(payloadSize({ bytes: new Uint8Array(1000) }, Infinity)).toBeGreaterThan(1000)
  })

  it('stops counting once past the bound, and ends on a cycle', () => {
    const cyclic: Record<string, unknown> = { text: 'x'.repeat(100) }
    cyclic.self = cyclic
    expect(payloadSize(cyclic, Infinity)).toBeLessThan(200)
    const many = Array.from({ length: 1000 }, () => 'y'.repeat(1000))
    const counted = payloadSize(many, 5000)
    expect(counted).toBeGreaterThan(5000)
    expect(counted).toBeLessThan(10_000)
  })
})
