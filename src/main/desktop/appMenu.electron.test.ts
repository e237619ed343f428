import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { appMenuTemplate, type AppMenuOptions } from './appMenu.electron'
import { shellStrings } from './strings'

function build(more: Partial<AppMenuOptions> = {}) {
  const actions = {
    openDataFolder: vi.fn(),
    openLogFile: vi.fn(),
    about: vi.fn(),
    quit: vi.fn(),
  }
  const template = appMenuTemplate({
    platform: 'linux',
    isPackaged: true,
    text: shellStrings.en,
    actions,
    ...more,
  })
  return { template, actions }
}

const submenu = (t: MenuItemConstructorOptions[], label: string) =>
  t.find((m) => m.label === label)?.submenu as MenuItemConstructorOptions[]
const roles = (items: MenuItemConstructorOptions[]) =>
  items.flatMap((i) => (i.role ? [i.role] : []))
const labels = (items: MenuItemConstructorOptions[]) =>
  items.flatMap((i) => (i.type === 'separator' ? [] : [i.label]))
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as () => void | undefined)?.()

describe('the application menu', () => {
  it('Windows and Linux: File, Edit, View, Help; the File menu opens the data folder and the log and quits', () => {
    const { template, actions } = build()
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    const file = submenu(template, 'File')
    expect(labels(file)).toEqual(['Open Data Folder', 'Open Log File', 'Quit Outbox'])
    for (const item of file) click(item)
    expect(actions.openDataFolder).toHaveBeenCalledOnce()
    expect(actions.openLogFile).toHaveBeenCalledOnce()
    expect(actions.quit).toHaveBeenCalledOnce()
    expect(file.at(-1)).toMatchObject({ accelerator: 'CmdOrCtrl+Q' })
    click(submenu(template, 'Help')[0])
    expect(actions.about).toHaveBeenCalledOnce()
  })

  it('has the standard Edit roles that copy and paste need', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const edit = submenu(build({ platform }).template, 'Edit')
      expect(roles(edit)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    }
  })

  it('offers reload and developer tools only in a development build', () => {
    const packaged = roles(submenu(build({ isPackaged: true }).template, 'View'))
    expect(packaged).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen'])
    const dev = roles(submenu(build({ isPackaged: false }).template, 'View'))
    expect(dev).toEqual([
      'reload',
      'forceReload',
      'toggleDevTools',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ])
  })

  it('macOS: the Outbox menu holds About, hide and Quit; Window menu; no Help', () => {
    const { template, actions } = build({ platform: 'darwin' })
    expect(template.map((m) => m.label)).toEqual(['Outbox', 'File', 'Edit', 'View', 'Window'])
    const appMenu = submenu(template, 'Outbox')
    expect(labels(appMenu)).toEqual([
      'About Outbox',
      'Services',
      'Hide Outbox',
      'Hide Others',
      'Show All',
      'Quit Outbox',
    ])
    click(appMenu.at(-1))
    expect(actions.quit).toHaveBeenCalledOnce()
    expect(labels(submenu(template, 'File'))).toEqual(['Open Data Folder', 'Open Log File'])
    expect(template.at(-1)).toMatchObject({ role: 'windowMenu' })
  })

  it('names every item, role items too, in Russian', () => {
    const { template } = build({ text: shellStrings.ru, isPackaged: false })
    const all = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])])
    for (const item of all(template))
      if (item.type !== 'separator') expect(item.label).toMatch(/[а-яё]/i)
    expect(template.map((m) => m.label)).toEqual(['Файл', 'Правка', 'Вид', 'Справка'])
  })
})
