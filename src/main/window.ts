/** The one main window. */
import { BrowserWindow } from 'electron'
import { hardenWebContents, secureWebPreferences } from './security'

export interface MainWindowOptions {
  preload: string
  url: string
  trustedOrigins: readonly string[]
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Outbox',
    width: 1200,
    height: 800,
    minWidth: 880,
    minHeight: 560,
    show: false,
    backgroundColor: '#f8f9fa',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preload),
  })
  hardenWebContents(window.webContents, options.trustedOrigins)
  window.once('ready-to-show', () => window.show())
  void window.loadURL(options.url)
  return window
}
