/** Where the desktop pieces live in a checkout: Electron's package and the Electron build of SQLite. */
import { join } from 'node:path'

export const projectRoot = join(__dirname, '..', '..')
export const electronPackageDir = join(projectRoot, 'node_modules', 'electron')
/** The Electron build of better-sqlite3, beside (never over) the Node build the tests use. */
export const nativeOutDir = join(projectRoot, 'node_modules', '.outbox-native')
/** src/main/native.ts loads this file when run from source; the installers ship it. */
export const electronSqliteBinary = join(nativeOutDir, 'better_sqlite3.node')
export const electronSqliteStamp = join(nativeOutDir, 'stamp.json')
