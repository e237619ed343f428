/** Start at login on Linux: the XDG autostart entry. */
import { mkdtempSync, readFileSync, existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  autostartCommand,
  autostartEntry,
  autostartFile,
  quoteExec,
  xdgLoginItems,
} from './xdgAutostart'

describe('XDG autostart', () => {
  it('lives in XDG_CONFIG_HOME/autostart, or ~/.config/autostart', () => {
    expect(autostartFile({ XDG_CONFIG_HOME: '/cfg' }, '/home/u')).toBe(
      '/cfg/autostart/outbox.desktop',
    )
    expect(autostartFile({}, '/home/u')).toBe('/home/u/.config/autostart/outbox.desktop')
    // The spec ignores a relative value.
    expect(autostartFile({ XDG_CONFIG_HOME: 'rel' }, '/home/u')).toBe(
      '/home/u/.config/autostart/outbox.desktop',
    )
  })

  it('starts the AppImage file when run from one, else the executable', () => {
    expect(autostartCommand({ APPIMAGE: '/apps/Outbox.AppImage' }, '/tmp/.mount_x/outbox')).toBe(
      '/apps/Outbox.AppImage',
    )
    expect(autostartCommand({}, '/opt/Outbox/outbox')).toBe('/opt/Outbox/outbox')
  })

  it('quotes the command as the Desktop Entry spec asks', () => {
    const entry = autostartEntry('/home/u/My Apps/Out"box$.AppImage')
    // The quoting backslash is itself escaped by the string rule: \\ in the file.
    expect(entry).toContain('Exec="/home/u/My Apps/Out\\\\"box\\\\$.AppImage"\n')
    expect(quoteExec('/apps/100%\\x')).toBe('"/apps/100%%\\\\\\\\x"')
    expect(entry.startsWith('[Desktop Entry]\nType=Application\n')).toBe(true)
  })

  it('writes the entry when turned on and removes it when turned off', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-autostart-'))
    const path = join(dir, 'autostart', 'outbox.desktop')
    const files = {
      exists: existsSync,
      write: (p: string, text: string) => {
        mkdirSync(dirname(p), { recursive: true })
        writeFileSync(p, text)
      },
      remove: (p: string) => rmSync(p, { force: true }),
    }
    const items = xdgLoginItems(files, path, '/opt/Outbox/outbox')
    expect(items.getLoginItemSettings()).toEqual({ openAtLogin: false })
    items.setLoginItemSettings({ openAtLogin: true })
    expect(readFileSync(path, 'utf8')).toContain('Exec="/opt/Outbox/outbox"')
    expect(items.getLoginItemSettings()).toEqual({ openAtLogin: true })
    items.setLoginItemSettings({ openAtLogin: false })
    expect(existsSync(path)).toBe(false)
    rmSync(dir, { recursive: true, force: true })
  })
})
