/**
 * Where the browser host keeps its data when no --data is given: the same per-user folder the
 * desktop app uses (Electron's userData for the product name "Outbox").
 */
import { homedir } from 'node:os'
import { join } from 'node:path'

export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Outbox')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Outbox')
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Outbox')
}
