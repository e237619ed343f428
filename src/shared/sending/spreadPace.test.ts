import { describe, expect, it } from 'vitest'
import type { SendingHours } from '@shared/contract'
import { spreadSpacingMs } from './spreadPace'

const HOUR = 3_600_000
const at = (iso: string) => Date.parse(iso)
const office: SendingHours = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00', zone: 'UTC' }
// 2026-01-05 is a Monday.
const monday9 = at('2026-01-05T09:00:00Z')

describe('spreadSpacingMs', () => {
  it('shares the time left among the rows left', () => {
    expect(
      spreadSpacingMs({ now: 0, finishBy: 10 * HOUR, rowsLeft: 100, hours: null, accounts: 1 }),
    ).toBe(6 * 60_000)
  })

  it('counts only the open time of the sending hours', () => {
    // Monday 09:00 to Saturday 09:00: five days of eight hours.
    const finishBy = at('2026-01-10T09:00:00Z')
    expect(
      spreadSpacingMs({ now: monday9, finishBy, rowsLeft: 400, hours: office, accounts: 1 }),
    ).toBe((40 * HOUR) / 400)
    // Over a weekend, nothing is open: late, as fast as allowed when it opens.
    expect(
      spreadSpacingMs({
        now: at('2026-01-10T09:00:00Z'),
        finishBy: at('2026-01-11T20:00:00Z'),
        rowsLeft: 5,
        hours: office,
        accounts: 1,
      }),
    ).toBe(0)
  })

  it('each of several accounts goes that many times slower', () => {
    const one = { now: 0, finishBy: 3 * HOUR, rowsLeft: 90, hours: null, accounts: 1 }
    expect(spreadSpacingMs({ ...one, accounts: 3 })).toBe(3 * spreadSpacingMs(one))
    expect(spreadSpacingMs({ ...one, accounts: 0 })).toBe(spreadSpacingMs(one))
  })

  it('goes faster as failures come back to be retried', () => {
    const base = { now: 0, finishBy: 10 * HOUR, hours: null, accounts: 1 }
    expect(spreadSpacingMs({ ...base, rowsLeft: 120 })).toBeLessThan(
      spreadSpacingMs({ ...base, rowsLeft: 100 }),
    )
  })

  it('is 0 when nothing is left or the deadline has passed', () => {
    expect(spreadSpacingMs({ now: 0, finishBy: HOUR, rowsLeft: 0, hours: null, accounts: 1 })).toBe(
      0,
    )
    expect(
      spreadSpacingMs({ now: HOUR, finishBy: HOUR, rowsLeft: 10, hours: null, accounts: 1 }),
    ).toBe(0)
    expect(
      spreadSpacingMs({ now: 2 * HOUR, finishBy: HOUR, rowsLeft: 10, hours: office, accounts: 2 }),
    ).toBe(0)
  })

  it('whole milliseconds', () => {
    expect(spreadSpacingMs({ now: 0, finishBy: 1000, rowsLeft: 3, hours: null, accounts: 1 })).toBe(
      333,
    )
  })
})
