/**
 * Hides the main window (closing it on macOS, "Keep sending in the tray"). A full-screen window
 * on macOS leaves an empty black Space when hidden as it is, so it leaves full screen first.
 */
import type { BrowserWindow } from 'electron'

export type HidableWindow = Pick<
  BrowserWindow,
  'isDestroyed' | 'isFullScreen' | 'setFullScreen' | 'hide' | 'once'
>

export function hideWindow(window: HidableWindow): void {
  if (window.isDestroyed()) return
  if (!window.isFullScreen()) return window.hide()
  window.once('leave-full-screen', () => window.hide())
  window.setFullScreen(false)
}
