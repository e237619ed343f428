/**
 * Where the main process finds better-sqlite3 built for Electron's ABI.
 *
 * node_modules/better-sqlite3 keeps its Node build, for the tests and the browser host. The
 * Electron build is made beside it by scripts/desktop/sqliteForElectron.ts (run before
 * `npm start`, `npm run dev` and `npm run dist`) and passed to SQLite as `nativeBinding`, so neither
 * build ever overwrites the other and no one rebuilds by hand.
 */
import { join } from 'node:path'

export const NATIVE_FILE = 'better_sqlite3.node'

export interface RuntimePaths {
  isPackaged: boolean
  /** process.resourcesPath: the installed app's resources folder. */
  resourcesPath: string
  /** app.getAppPath(): the project root when run from source. */
  appPath: string
}

export function sqliteBindingPath(paths: RuntimePaths): string {
  return paths.isPackaged
    ? join(paths.resourcesPath, 'native', NATIVE_FILE)
    : join(paths.appPath, 'node_modules', '.outbox-native', NATIVE_FILE)
}
