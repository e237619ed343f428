import { describe, expect, it, vi } from 'vitest'
import { bringToFront, type FrontWindow } from './bringToFront.electron'

function fakeWindow(state: { minimized?: boolean; visible?: boolean; destroyed?: boolean }) {
  const calls: string[] = []
  const window: FrontWindow = {
    isDestroyed: () => state.destroyed ?? false,
    isMinimized: () => state.minimized ?? false,
    isVisible: () => state.visible ?? true,
    restore: vi.fn(() => void calls.push('restore')),
    show: vi.fn(() => void calls.push('show')),
    focus: vi.fn(() => void calls.push('focus')),
  }
  return { window, calls }
}

describe('bringToFront (a second launch, the tray, a notification, the dock)', () => {
  it('restores a minimized window, then focuses it', () => {
    const { window, calls } = fakeWindow({ minimized: true })
    expect(bringToFront(window)).toBe(true)
    expect(calls).toEqual(['restore', 'focus'])
  })

  it('shows a window hidden in the tray, then focuses it', () => {
    const { window, calls } = fakeWindow({ visible: false })
    bringToFront(window)
    expect(calls).toEqual(['show', 'focus'])
  })

  it('only focuses a window already on screen', () => {
    const { window, calls } = fakeWindow({})
    bringToFront(window)
    expect(calls).toEqual(['focus'])
  })

  it('does nothing without a live window (before start, after close)', () => {
    expect(bringToFront(null)).toBe(false)
    const { window, calls } = fakeWindow({ destroyed: true })
    expect(bringToFront(window)).toBe(false)
    expect(calls).toEqual([])
  })
})
