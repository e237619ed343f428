/**
 * Shows the main window whatever state it is in: minimized, hidden in the tray (after "Keep
 * sending"), or behind other windows. Used by a second launch, the tray, notifications and the
 * macOS dock icon.
 */
import type { BrowserWindow } from 'electron'

export type FrontWindow = Pick<
  BrowserWindow,
  'isDestroyed' | 'isMinimized' | 'restore' | 'isVisible' | 'show' | 'focus'
>

export function bringToFront(window: FrontWindow | null | undefined): boolean {
  if (!window || window.isDestroyed()) return false
  if (window.isMinimized()) window.restore()
  if (!window.isVisible()) window.show()
  window.focus()
  return true
}
