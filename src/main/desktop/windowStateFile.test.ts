import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { FakeClock } from '@test/support/fakeClock'
import { useTempDir } from '@test/support/tempDir'
import { WINDOW_STATE_FILE, type WindowState } from './windowState'
import {
  readWindowState,
  SAVE_DELAY_MS,
  WindowStateSaver,
  writeWindowState,
} from './windowStateFile'

const tempDir = useTempDir()
const state: WindowState = { bounds: { x: 1, y: 2, width: 1100, height: 750 }, maximized: true }

describe('the window-state file', () => {
  it('round-trips through the data folder', () => {
    const dir = tempDir()
    expect(readWindowState(dir)).toBeNull()
    writeWindowState(dir, state)
    expect(readWindowState(dir)).toEqual(state)
  })

  it('reads a corrupt file as nothing', () => {
    const dir = tempDir()
    writeFileSync(join(dir, WINDOW_STATE_FILE), '{"bounds": {"x": 1')
    expect(readWindowState(dir)).toBeNull()
  })

  it('never throws when it cannot write', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => writeWindowState(join(tempDir(), 'missing', 'dir'), state)).not.toThrow()
  })
})

describe('WindowStateSaver', () => {
  it('saves once the window has been still, not on every move', () => {
    const clock = new FakeClock()
    const write = vi.fn()
    const saver = new WindowStateSaver(clock, () => state, write)
    for (let i = 0; i < 30; i++) {
      saver.changed()
      clock.advance(16)
    }
    expect(write).not.toHaveBeenCalled()
    clock.advance(SAVE_DELAY_MS)
    expect(write).toHaveBeenCalledOnce()
    expect(write).toHaveBeenCalledWith(state)
  })

  it('saves at once on close, and not again after', () => {
    const clock = new FakeClock()
    const write = vi.fn()
    const saver = new WindowStateSaver(clock, () => state, write)
    saver.changed()
    saver.saveNow()
    expect(write).toHaveBeenCalledOnce()
    clock.advance(SAVE_DELAY_MS * 2)
    expect(write).toHaveBeenCalledOnce()
  })

  it('writes nothing when there is no window to read', () => {
    const write = vi.fn()
    new WindowStateSaver(new FakeClock(), () => null, write).saveNow()
    expect(write).not.toHaveBeenCalled()
  })
})
