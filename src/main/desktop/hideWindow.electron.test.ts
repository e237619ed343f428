import { describe, expect, it, vi } from 'vitest'
import { hideWindow } from './hideWindow.electron'

function fakeWindow(fullScreen: boolean) {
  const once = new Map<string, () => void>()
  const window = {
    isDestroyed: () => false,
    isFullScreen: () => fullScreen,
    setFullScreen: vi.fn((on: boolean) => void (fullScreen = on)),
    hide: vi.fn(),
    once: vi.fn((event: string, listener: () => void) => void once.set(event, listener)),
  }
  return { window, leaveFullScreen: () => once.get('leave-full-screen')?.() }
}

describe('hideWindow', () => {
  it('hides a normal window at once', () => {
    const { window } = fakeWindow(false)
    hideWindow(window as never)
    expect(window.hide).toHaveBeenCalledOnce()
    expect(window.setFullScreen).not.toHaveBeenCalled()
  })

  it('takes a full-screen window out of full screen first, then hides it', () => {
    const { window, leaveFullScreen } = fakeWindow(true)
    hideWindow(window as never)
    expect(window.setFullScreen).toHaveBeenCalledWith(false)
    expect(window.hide).not.toHaveBeenCalled() // not yet: an empty Space would stay behind
    leaveFullScreen()
    expect(window.hide).toHaveBeenCalledOnce()
  })
})
