/**
 * Migration 9 on a database with campaigns: each keeps every value it had and gets no preheader
 * and no link tagging, so what it sends does not change; the tagging is all three or none.
 */
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { linkTaggingOf, selectCampaign } from '../campaigns'
import { databasePath, openDatabase } from '../open'
import { migrations } from './index'

const tempDir = useTempDir()

describe('migration 9 (preheader and link tags)', () => {
  it('gives existing campaigns no preheader and no tagging, every other value kept', () => {
    const file = databasePath(tempDir())
    const before = openDatabase(file, { migrations: migrations.slice(0, 8) })
    before.exec(`
      INSERT INTO accounts (id, name, host, port, security, from_email, created_at, updated_at)
        VALUES (1, 'a', 'h', 25, 'none', 'a@example.test', 0, 0);
      INSERT INTO campaigns (id, name, account_id, subject, html, status, delay_ms, concurrency,
          max_attempts, backoff_ms, timeout_ms, created_at, updated_at, unsubscribe_url, variables)
        VALUES (1, 'Sent', 1, 'Hi {{name}}', '<p>x</p>', 'completed', 0, 1, 1, 0, 1000, 0, 0,
                'https://x.test/u', '["name"]'),
               (2, 'Draft', 1, 's', 'h', 'draft', 0, 1, 1, 0, 1000, 0, 0, NULL, '[]');
    `)
    const rows = before.prepare('SELECT * FROM campaigns ORDER BY id').all()
    before.close()

    const db = openDatabase(file, { migrations: migrations.slice(0, 9) })
    const after = db.prepare('SELECT * FROM campaigns ORDER BY id').all()
    expect(after).toEqual(
      rows.map((row) => ({
        ...(row as object),
        preheader: '',
        utm_source: null,
        utm_medium: null,
        utm_campaign: null,
      })),
    )
    expect(linkTaggingOf(selectCampaign(db, 1)!)).toBeNull()

    db.prepare(
      `UPDATE campaigns SET utm_source = 'newsletter', utm_medium = 'email', utm_campaign = ''
       WHERE id = 2`,
    ).run()
    expect(linkTaggingOf(selectCampaign(db, 2)!)).toEqual({
      source: 'newsletter',
      medium: 'email',
      campaign: '',
    })
    // Half a tagging is no tagging the engine could read: the table refuses it.
    expect(() => db.prepare(`UPDATE campaigns SET utm_medium = NULL WHERE id = 2`).run()).toThrow(
      /CHECK constraint failed/,
    )
    expect(() => db.prepare(`UPDATE campaigns SET preheader = NULL WHERE id = 1`).run()).toThrow(
      /NOT NULL/,
    )
    db.close()
  })
})
