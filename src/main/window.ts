/** The one main window. */
import { BrowserWindow } from 'electron'
import type { WindowPlace } from './desktop/windowState'
import { hardenWebContents, secureWebPreferences } from './security'

export interface MainWindowOptions {
  preload: string
  url: string
  trustedOrigins: readonly string[]
  /** Where it was last time, already fitted to today's displays (desktop/windowState). */
  place: WindowPlace
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Outbox',
    ...options.place.bounds,
    // The product is laid out for 1024×700 and up — less only where the screen is smaller.
    minWidth: options.place.minSize.width,
    minHeight: options.place.minSize.height,
    show: false,
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preload),
  })
  hardenWebContents(window.webContents, options.trustedOrigins)
  window.once('ready-to-show', () => {
    if (options.place.maximized) window.maximize()
    window.show()
  })
  void window.loadURL(options.url)
  return window
}
