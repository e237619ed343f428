/** What one schema change is. Its own file: the migrations and their list both import it. */
import type Database from 'better-sqlite3'

export interface Migration {
  version: number
  name: string
  /**
   * Rebuilds a table that others refer to (SQLite's 12-step ALTER): runs with foreign keys
   * off, so dropping the old table cascades nothing, and checks them all before it commits.
   */
  foreignKeysOff?: boolean
  up(db: Database.Database): void
}
