/** Start at login follows the setting in the packaged app (Linux through XDG autostart). */
import { describe, expect, it, vi } from 'vitest'
import type { EventMessage } from '@shared/types'
import { DEFAULT_SETTINGS as sampleSettings } from '@engine/settings'
import { followStartAtLogin, loginItemSupported } from './loginItem'

function port(over: { isPackaged?: boolean; platform?: NodeJS.Platform } = {}) {
  const state = { openAtLogin: false }
  return {
    isPackaged: true,
    platform: 'win32' as NodeJS.Platform,
    ...over,
    state,
    getLoginItemSettings: () => ({ ...state }),
    setLoginItemSettings: vi.fn(
      (s: { openAtLogin: boolean }) => void (state.openAtLogin = s.openAtLogin),
    ),
  }
}

const startAtLogin = (on: boolean): EventMessage => ({
  name: 'settings.changed',
  payload: { ...sampleSettings, desktop: { ...sampleSettings.desktop, startAtLogin: on } },
})

describe('start at login', () => {
  it('is supported only when packaged, on macOS, Windows and Linux', () => {
    expect(loginItemSupported({ isPackaged: true, platform: 'darwin' })).toBe(true)
    expect(loginItemSupported({ isPackaged: true, platform: 'win32' })).toBe(true)
    expect(loginItemSupported({ isPackaged: true, platform: 'linux' })).toBe(true)
    expect(loginItemSupported({ isPackaged: true, platform: 'freebsd' })).toBe(false)
    expect(loginItemSupported({ isPackaged: false, platform: 'darwin' })).toBe(false)
  })

  it('applies the setting at start and on every change, writing only differences', () => {
    const p = port()
    const listen = followStartAtLogin(p, true)
    expect(p.state.openAtLogin).toBe(true)
    listen(startAtLogin(true))
    expect(p.setLoginItemSettings).toHaveBeenCalledOnce()
    listen(startAtLogin(false))
    expect(p.setLoginItemSettings).toHaveBeenLastCalledWith({ openAtLogin: false })
    expect(p.setLoginItemSettings).toHaveBeenCalledTimes(2)
  })

  it('never touches login items in a development run', () => {
    const p = port({ isPackaged: false })
    followStartAtLogin(p, true)(startAtLogin(true))
    expect(p.setLoginItemSettings).not.toHaveBeenCalled()
  })
})
