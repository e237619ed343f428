/**
 * Start at login follows settings.desktop.startAtLogin — only in the packaged app: a
 * development run would register the bare Electron binary from node_modules, which opens an
 * empty Electron window at every login. macOS and Windows use Electron's login items; Linux an
 * XDG autostart entry (xdgAutostart.ts), behind the same two calls.
 */
import type { EventMessage } from '@shared/types'

export interface LoginItemPort {
  isPackaged: boolean
  platform: NodeJS.Platform
  getLoginItemSettings(): { openAtLogin: boolean }
  setLoginItemSettings(settings: { openAtLogin: boolean }): void
}

export function loginItemSupported(p: { isPackaged: boolean; platform: NodeJS.Platform }): boolean {
  return p.isPackaged && ['darwin', 'win32', 'linux'].includes(p.platform)
}

/** Applies the setting now; returns the listener that applies every later change. */
export function followStartAtLogin(
  port: LoginItemPort,
  startAtLogin: boolean,
): (message: EventMessage) => void {
  const apply = (openAtLogin: boolean) => {
    if (!loginItemSupported(port)) return
    // No needless writes to the system's list of login items.
    if (port.getLoginItemSettings().openAtLogin !== openAtLogin) {
      port.setLoginItemSettings({ openAtLogin })
    }
  }
  apply(startAtLogin)
  return (message) => {
    if (message.name === 'settings.changed') apply(message.payload.desktop.startAtLogin)
  }
}
