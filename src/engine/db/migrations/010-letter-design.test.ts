/**
 * Migration 10 on a database with campaigns: each stays a letter written as HTML (no design),
 * every other value kept; templates and their images can be stored, and go together.
 */
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { databasePath, openDatabase } from '../open'
import { migrations } from './index'

const tempDir = useTempDir()

describe('migration 10 (visual letters and templates)', () => {
  it('leaves existing campaigns as HTML letters, every value kept', () => {
    const file = databasePath(tempDir())
    const before = openDatabase(file, { migrations: migrations.slice(0, 9) })
    before.exec(`
      INSERT INTO accounts (id, name, host, port, security, from_email, created_at, updated_at)
        VALUES (1, 'a', 'h', 25, 'none', 'a@example.test', 0, 0);
      INSERT INTO campaigns (id, name, account_id, subject, html, status, delay_ms, concurrency,
          max_attempts, backoff_ms, timeout_ms, created_at, updated_at, preheader)
        VALUES (1, 'Sent', 1, 'Hi', '<p>x</p>', 'completed', 0, 1, 1, 0, 1000, 0, 0, 'Read me');
    `)
    const rows = before.prepare('SELECT * FROM campaigns').all()
    before.close()

    const db = openDatabase(file, { migrations: migrations.slice(0, 10) })
    expect(db.prepare('SELECT * FROM campaigns').all()).toEqual(
      rows.map((row) => ({ ...(row as object), design: null })),
    )
    db.exec(`
      INSERT INTO letter_templates (id, name, subject, html, created_at) VALUES (1, 't', 's', 'h', 0);
      INSERT INTO letter_template_images (template_id, cid, filename, content_type, content)
        VALUES (1, 'logo', 'logo.png', 'image/png', x'00');
    `)
    expect(db.prepare('SELECT preheader, design FROM letter_templates').get()).toEqual({
      preheader: '',
      design: null,
    })
    db.exec('DELETE FROM letter_templates WHERE id = 1')
    expect(db.prepare('SELECT count(*) FROM letter_template_images').pluck().get()).toBe(0)
    db.close()
  })
})
