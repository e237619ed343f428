/** Migration 5 on a database that already has campaigns: their variable names are filled in. */
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { databasePath, openDatabase } from '../open'
import { migrations } from './index'

const tempDir = useTempDir()

describe('migration 5 (campaign content)', () => {
  it('keeps existing campaigns and fills in their recipients’ variable names', () => {
    const file = databasePath(tempDir())
    const before = openDatabase(file, { migrations: migrations.slice(0, 4) })
    before.exec(`
      INSERT INTO accounts (id, name, host, port, security, from_email, created_at, updated_at)
        VALUES (1, 'a', 'h', 25, 'none', 'a@example.test', 0, 0);
      INSERT INTO campaigns (id, name, account_id, subject, html, delay_ms, concurrency,
          max_attempts, backoff_ms, timeout_ms, created_at, updated_at)
        VALUES (1, 'old', 1, 's', 'h', 0, 1, 1, 0, 1000, 0, 0),
               (2, 'empty', 1, 's', 'h', 0, 1, 1, 0, 1000, 0, 0);
      INSERT INTO recipients (campaign_id, email, data) VALUES
        (1, 'a@example.test', '{"name":"A","city":"Oslo"}'),
        (1, 'b@example.test', '{"name":"B","vip":true}');
    `)
    before.close()

    const db = openDatabase(file)
    const rows = db
      .prepare(
        'SELECT id, variables, unsubscribe_mailto, unsubscribe_url FROM campaigns ORDER BY id',
      )
      .all() as { id: number; variables: string }[]
    expect(JSON.parse(rows[0]!.variables).sort()).toEqual(['city', 'name', 'vip'])
    expect(rows[1]).toMatchObject({
      variables: '[]',
      unsubscribe_mailto: null,
      unsubscribe_url: null,
    })
    expect(db.prepare('SELECT count(*) FROM campaign_attachments').pluck().get()).toBe(0)
    db.close()
  })
})
