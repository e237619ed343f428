import { describe, expect, it } from 'vitest'
import { uidSet } from './uidSet'

describe('uidSet', () => {
  it('folds runs into ranges, sorted, without repeats', () => {
    expect(uidSet([10, 9, 1, 2, 3, 7, 2])).toBe('1:3,7,9:10')
  })

  it('leaves out what is no UID, and says nothing for nothing', () => {
    expect(uidSet([0, -1, 1.5, 4])).toBe('4')
    expect(uidSet([])).toBe('')
  })
})
