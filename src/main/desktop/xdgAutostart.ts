/**
 * Start at login on Linux. Electron's login items cover macOS and Windows only; Linux desktops
 * (GNOME, KDE, Xfce…) start what the XDG autostart folder lists, one .desktop file each.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'

export interface AutostartFiles {
  exists(path: string): boolean
  write(path: string, text: string): void
  remove(path: string): void
}

/** `$XDG_CONFIG_HOME/autostart`, or `~/.config/autostart` when it is unset or not absolute. */
export function autostartFile(env: NodeJS.ProcessEnv, home: string): string {
  const configHome = env.XDG_CONFIG_HOME?.startsWith('/')
    ? env.XDG_CONFIG_HOME
    : join(home, '.config')
  return join(configHome, 'autostart', 'outbox.desktop')
}

/**
 * What to start: an AppImage runs from a new mount point each time, so the entry names the
 * AppImage file itself (`APPIMAGE`); an installed deb names its own executable.
 */
export function autostartCommand(env: NodeJS.ProcessEnv, execPath: string): string {
  return env.APPIMAGE || execPath
}

/**
 * The Exec key's rules (Desktop Entry spec): inside quotes " ` $ \ take a backslash; then the
 * general string escape doubles every backslash again; a literal % is written %%.
 */
export function quoteExec(path: string): string {
  const quoted = `"${path.replace(/(["`$\\])/g, '\\$1')}"`
  return quoted.replace(/\\/g, '\\\\').replace(/%/g, '%%')
}

export function autostartEntry(command: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Outbox',
    'Comment=Email campaigns from your own SMTP account',
    `Exec=${quoteExec(command)}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n')
}

/** The two calls Electron's login items offer, answered with the autostart file. */
export function xdgLoginItems(files: AutostartFiles, path: string, command: string) {
  return {
    getLoginItemSettings: () => ({ openAtLogin: files.exists(path) }),
    setLoginItemSettings: ({ openAtLogin }: { openAtLogin: boolean }) =>
      openAtLogin ? files.write(path, autostartEntry(command)) : files.remove(path),
  }
}

/** The same, on this machine's files and environment (the composition root's choice on Linux). */
export function systemXdgLoginItems() {
  const files: AutostartFiles = {
    exists: existsSync,
    write: (path, text) => {
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, text)
    },
    remove: (path) => rmSync(path, { force: true }),
  }
  return xdgLoginItems(
    files,
    autostartFile(process.env, homedir()),
    autostartCommand(process.env, process.execPath),
  )
}
