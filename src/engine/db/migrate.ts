/**
 * Versioned migrations. The schema version lives in `PRAGMA user_version`; each migration runs
 * in its own IMMEDIATE transaction together with the version bump, so a crash mid-way leaves the
 * previous version intact. A database written by a newer app is refused, never downgraded.
 */
import type Database from 'better-sqlite3'
import type { Migration } from './migrations'

export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This data was written by a newer version of Outbox (database schema ${found}; ` +
        `this version knows up to ${known}). Install the newer Outbox again to open it; ` +
        `nothing has been changed.`,
    )
    this.name = 'DatabaseTooNewError'
  }
}

export function migrate(db: Database.Database, list: readonly Migration[]): void {
  list.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} must have version ${i + 1}`)
  })
  const latest = list.length
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latest) throw new DatabaseTooNewError(current, latest)

  for (const m of list.slice(current)) {
    // Outside the transaction: SQLite ignores a change of foreign_keys inside one.
    const restoreForeignKeys = m.foreignKeysOff && db.pragma('foreign_keys', { simple: true }) === 1
    if (m.foreignKeysOff) db.pragma('foreign_keys = OFF')
    try {
      db.transaction(() => {
        m.up(db)
        if (m.foreignKeysOff) requireForeignKeysHold(db, m)
        db.pragma(`user_version = ${m.version}`)
      }).immediate()
    } finally {
      if (restoreForeignKeys) db.pragma('foreign_keys = ON')
    }
  }
}

/** A rebuild must leave every reference as sound as it found it, or nothing is committed. */
function requireForeignKeysHold(db: Database.Database, m: Migration): void {
  const broken = db.pragma('foreign_key_check') as { table: string }[]
  if (broken.length > 0) {
    const tables = [...new Set(broken.map((b) => b.table))].join(', ')
    throw new Error(`Migration ${m.name} would break references from: ${tables}`)
  }
}
