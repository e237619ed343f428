/**
 * The application menu as a template (Menu.buildFromTemplate turns it into the real thing).
 * Every label comes from the strings table, role items included: Electron's default role labels
 * are English only. The Edit roles matter on macOS, where copy and paste work only through them.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { ShellStrings } from './strings'

export interface AppMenuActions {
  openDataFolder(): void
  openLogFile(): void
  about(): void
  quit(): void
}

export interface AppMenuOptions {
  platform: NodeJS.Platform
  /** Reload and developer tools only in a development build. */
  isPackaged: boolean
  text: ShellStrings
  actions: AppMenuActions
}

export function appMenuTemplate(o: AppMenuOptions): MenuItemConstructorOptions[] {
  const m = o.text.menu
  const mac = o.platform === 'darwin'
  const quit: MenuItemConstructorOptions = {
    label: m.quit,
    accelerator: 'CmdOrCtrl+Q',
    // Not role 'quit': the same thing in the end (app.quit), but named and translated here.
    click: () => o.actions.quit(),
  }
  const about: MenuItemConstructorOptions = { label: m.about, click: () => o.actions.about() }
  const files: MenuItemConstructorOptions[] = [
    { label: m.openDataFolder, click: () => o.actions.openDataFolder() },
    { label: m.openLogFile, click: () => o.actions.openLogFile() },
  ]

  const template: MenuItemConstructorOptions[] = []
  if (mac) {
    template.push({
      label: o.text.appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services', label: m.services },
        { type: 'separator' },
        { role: 'hide', label: m.hide },
        { role: 'hideOthers', label: m.hideOthers },
        { role: 'unhide', label: m.showAll },
        { type: 'separator' },
        quit,
      ],
    })
  }
  template.push({
    label: m.file,
    submenu: mac ? files : [...files, { type: 'separator' }, quit],
  })
  template.push({
    label: m.edit,
    submenu: [
      { role: 'undo', label: m.undo },
      { role: 'redo', label: m.redo },
      { type: 'separator' },
      { role: 'cut', label: m.cut },
      { role: 'copy', label: m.copy },
      { role: 'paste', label: m.paste },
      { role: 'selectAll', label: m.selectAll },
    ],
  })
  const develop: MenuItemConstructorOptions[] = o.isPackaged
    ? []
    : [
        { role: 'reload', label: m.reload },
        { role: 'forceReload', label: m.forceReload },
        { role: 'toggleDevTools', label: m.devTools },
        { type: 'separator' },
      ]
  template.push({
    label: m.view,
    submenu: [
      ...develop,
      { role: 'resetZoom', label: m.resetZoom },
      { role: 'zoomIn', label: m.zoomIn },
      { role: 'zoomOut', label: m.zoomOut },
      { type: 'separator' },
      { role: 'togglefullscreen', label: m.fullScreen },
    ],
  })
  if (mac) template.push({ role: 'windowMenu', label: m.window })
  if (!mac) template.push({ label: m.help, submenu: [about] })
  return template
}
