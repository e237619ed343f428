/**
 * Opens the app's SQLite database: WAL with synchronous=FULL (a committed `sent` must survive a
 * power cut, or a resend would follow), foreign keys on, then brings the schema up to date.
 */
import Database from 'better-sqlite3'
import { dirname, join } from 'node:path'
import { ensurePrivateFile, ensurePrivateFolder, tightenIfPresent } from '../privateFiles'
import { migrate } from './migrate'
import { migrations, type Migration } from './migrations'

export type Db = Database.Database

export const DATABASE_FILE = 'outbox.sqlite'

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron); Node finds its own. */
  nativeBinding?: string
  /** For tests of the migrations runner; the app always uses the built-in list. */
  migrations?: readonly Migration[]
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE)
}

export function openDatabase(file: string, options: OpenOptions = {}): Db {
  ensurePrivateFolder(dirname(file))
  ensurePrivateFile(file)
  // Left by an earlier version with the umask's mode: SQLite would keep using them as they are.
  for (const suffix of ['-wal', '-shm']) tightenIfPresent(file + suffix)
  const db = new Database(
    file,
    options.nativeBinding ? { nativeBinding: options.nativeBinding } : {},
  )
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    // Another process may hold the write lock for a moment (a second app instance, a backup).
    db.pragma('busy_timeout = 5000')
    // LIKE folds only ASCII case; searches in Russian data need the full Unicode fold.
    db.function('fold', { deterministic: true }, (text: unknown) =>
      text === null ? null : String(text).toLowerCase(),
    )
    migrate(db, options.migrations ?? migrations)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number
}

export function sqliteVersion(db: Db): string {
  return (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v
}
