import Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { DatabaseTooNewError } from './migrate'
import { migrations, type Migration } from './migrations'
import { databasePath, openDatabase, schemaVersion } from './open'

const tempDir = useTempDir()

describe('openDatabase', () => {
  it('creates the file with WAL and synchronous=FULL and the latest schema', () => {
    const file = databasePath(join(tempDir(), 'nested', 'folder'))
    const db = openDatabase(file)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(schemaVersion(db)).toBe(migrations.length)
    db.close()
  })

  it('opens an up-to-date database again without running anything twice', () => {
    const file = databasePath(tempDir())
    openDatabase(file).close()
    const db = openDatabase(file)
    expect(schemaVersion(db)).toBe(migrations.length)
    db.close()
  })

  it('applies only the migrations a database has not seen yet', () => {
    const file = databasePath(tempDir())
    const first: Migration = { version: 1, name: 'a', up: (db) => db.exec('CREATE TABLE a (x)') }
    const second: Migration = { version: 2, name: 'b', up: (db) => db.exec('CREATE TABLE b (x)') }
    openDatabase(file, { migrations: [first] }).close()
    const db = openDatabase(file, { migrations: [first, second] })
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table'").pluck().all()
    expect(tables).toEqual(['a', 'b'])
    expect(schemaVersion(db)).toBe(2)
    db.close()
  })

  it('rolls a failing migration back whole and keeps the previous version', () => {
    const file = databasePath(tempDir())
    const good: Migration = { version: 1, name: 'good', up: (db) => db.exec('CREATE TABLE a (x)') }
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up: (db) => {
        db.exec('CREATE TABLE half (x)')
        db.exec('THIS IS NOT SQL')
      },
    }
    openDatabase(file, { migrations: [good] }).close()
    expect(() => openDatabase(file, { migrations: [good, broken] })).toThrow(/syntax error/)
    const raw = new Database(file)
    expect(raw.pragma('user_version', { simple: true })).toBe(1)
    expect(raw.prepare("SELECT name FROM sqlite_master WHERE name='half'").get()).toBeUndefined()
    raw.close()
  })

  it('rebuilds a referenced table with foreign keys off, and rolls back a rebuild that breaks one', () => {
    const file = databasePath(tempDir())
    const parent: Migration = {
      version: 1,
      name: 'parent',
      up: (db) =>
        db.exec(`CREATE TABLE p (id INTEGER PRIMARY KEY);
                 CREATE TABLE c (p_id INTEGER REFERENCES p(id) ON DELETE CASCADE);
                 INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1), (2);`),
    }
    const rebuild = (version: number, keep: string): Migration => ({
      version,
      name: `rebuild-${version}`,
      foreignKeysOff: true,
      up: (db) =>
        db.exec(`CREATE TABLE p_new (id INTEGER PRIMARY KEY AUTOINCREMENT);
                 INSERT INTO p_new SELECT id FROM p WHERE ${keep};
                 DROP TABLE p; ALTER TABLE p_new RENAME TO p;`),
    })
    openDatabase(file, { migrations: [parent] }).close()
    const broken = [parent, rebuild(2, 'id = 1')]
    expect(() => openDatabase(file, { migrations: broken })).toThrow(/break references from: c/)
    const db = openDatabase(file, { migrations: [parent, rebuild(2, 'true')] })
    // The drop cascaded nothing, and the keys are on again.
    expect(db.prepare('SELECT p_id FROM c ORDER BY 1').pluck().all()).toEqual([1, 2])
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(schemaVersion(db)).toBe(2)
    db.close()
  })

  it('refuses a database written by a newer version, with a clear message, changing nothing', () => {
    const file = databasePath(tempDir())
    openDatabase(file).close()
    const raw = new Database(file)
    raw.pragma(`user_version = ${migrations.length + 5}`)
    raw.close()
    const before = readFileSync(file)

    let error: unknown
    try {
      openDatabase(file)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError)
    expect((error as Error).message).toContain('newer version of Outbox')
    expect((error as Error).message).toContain(`schema ${migrations.length + 5}`)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('rejects a migration list with a gap in its versions', () => {
    const gap: Migration = { version: 2, name: 'gap', up: () => {} }
    expect(() => openDatabase(databasePath(tempDir()), { migrations: [gap] })).toThrow(
      /must have version 1/,
    )
  })
})
