/** Migration 6 on a database with a started campaign: indexes rebuilt or added, no row moves. */
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { databasePath, openDatabase } from '../open'
import { migrations } from './index'

const tempDir = useTempDir()

describe('migration 6 (campaign monitor)', () => {
  it('indexes existing deliveries and log lines for the campaign page', () => {
    const file = databasePath(tempDir())
    const before = openDatabase(file, { migrations: migrations.slice(0, 5) })
    before.exec(`
      INSERT INTO accounts (id, name, host, port, security, from_email, created_at, updated_at)
        VALUES (1, 'a', 'h', 25, 'none', 'a@example.test', 0, 0);
      INSERT INTO campaigns (id, name, account_id, subject, html, status, delay_ms, concurrency,
          max_attempts, backoff_ms, timeout_ms, created_at, updated_at)
        VALUES (1, 'old', 1, 's', 'h', 'sending', 0, 1, 1, 0, 1000, 0, 0);
      INSERT INTO recipients (id, campaign_id, email) VALUES (1, 1, 'a@x.test'), (2, 1, 'b@x.test');
      INSERT INTO deliveries (campaign_id, recipient_id, state, message_id, created_at,
          updated_at, sent_at)
        VALUES (1, 1, 'sent', '<1@x>', 0, 60000, 60000), (1, 2, 'failed', '<2@x>', 0, 120000, NULL);
      INSERT INTO event_log (at, level, kind, campaign_id, message) VALUES
        (0, 'info', 'campaign.started', 1, 'started'), (1, 'info', 'delivery.sent', 1, 'sent');
    `)
    before.close()

    const db = openDatabase(file)
    const columns = (index: string) =>
      (db.prepare(`PRAGMA index_info(${index})`).all() as { name: string }[]).map((c) => c.name)
    expect(columns('deliveries_by_campaign_state')).toEqual([
      'campaign_id',
      'state',
      'recipient_id',
    ])
    expect(columns('deliveries_by_campaign')).toEqual(['campaign_id', 'recipient_id'])
    const count = (sql: string) => db.prepare(sql).pluck().get()
    expect(
      count(
        'SELECT count(*) FROM deliveries INDEXED BY deliveries_by_campaign WHERE campaign_id = 1',
      ),
    ).toBe(2)
    expect(
      count(`SELECT count(*) FROM event_log INDEXED BY event_log_campaign_changes
             WHERE campaign_id = 1 AND kind >= 'campaign.' AND kind < 'campaign/'`),
    ).toBe(1)
    expect(db.prepare('SELECT count(*) FROM deliveries').pluck().get()).toBe(2)
    expect(db.prepare('PRAGMA integrity_check').pluck().get()).toBe('ok')
    db.close()
  })
})
