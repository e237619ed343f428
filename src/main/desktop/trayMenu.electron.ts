/** The tray's menu items, from the view, as an Electron menu template. */
import type { MenuItemConstructorOptions } from 'electron'
import type { TrayAction, TrayItem } from './progressView'

export function trayMenuTemplate(
  items: readonly TrayItem[],
  act: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'status':
        return { label: item.label, enabled: false }
      case 'separator':
        return { type: 'separator' }
      case 'action':
        return { label: item.label, click: () => act(item.action) }
    }
  })
}
