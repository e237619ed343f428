/** One statement per function: the key/value settings table. */
import type { Db } from './open'

export function selectAllSettings(db: Db): Map<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings').all() as {
    key: string
    value: string
  }[]
  return new Map(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]))
}

export function upsertSetting(db: Db, key: string, value: unknown): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(key, JSON.stringify(value))
}
