/** The design's undo and redo: steps, joined typing, the bound, and a new step after an undo. */
import { describe, expect, it } from 'vitest'
import { canRedo, canUndo, record, redo, startHistory, undo } from './history'

describe('history', () => {
  it('undoes and redoes steps in order', () => {
    let h = startHistory('a')
    h = record(h, 'b')
    h = record(h, 'c')
    expect(canUndo(h)).toBe(true)
    h = undo(h)
    expect(h.present).toBe('b')
    h = undo(h)
    expect(h.present).toBe('a')
    expect(canUndo(h)).toBe(false)
    expect(undo(h)).toBe(h)
    h = redo(redo(h))
    expect(h.present).toBe('c')
    expect(canRedo(h)).toBe(false)
    expect(redo(h)).toBe(h)
  })

  it('joins steps with the same key, but not across an undo or another key', () => {
    let h = startHistory('')
    h = record(h, 'H', 'title')
    h = record(h, 'He', 'title')
    h = record(h, 'Hey', 'title')
    expect(h.past).toEqual([''])
    h = record(h, 'Hey!', 'other')
    expect(h.past).toEqual(['', 'Hey'])
    h = undo(h)
    h = record(h, 'Hey?', 'other')
    expect(h.past).toEqual(['', 'Hey'])
    expect(h.present).toBe('Hey?')
  })

  it('forgets the undone future when a new step is made', () => {
    let h = record(record(startHistory(1), 2), 3)
    h = undo(h)
    expect(canRedo(h)).toBe(true)
    h = record(h, 4)
    expect(canRedo(h)).toBe(false)
    expect(undo(h).present).toBe(2)
  })

  it('keeps at most the limit of past steps, dropping the oldest', () => {
    let h = startHistory(0)
    for (let i = 1; i <= 10; i++) h = record(h, i, null, 3)
    expect(h.past).toEqual([7, 8, 9])
    h = undo(undo(undo(h)))
    expect(h.present).toBe(7)
    expect(canUndo(h)).toBe(false)
  })

  it('records nothing when the value is the same', () => {
    const h = startHistory({ a: 1 })
    expect(record(h, h.present)).toBe(h)
  })
})
