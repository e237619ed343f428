/**
 * Migration 8 on a database where deleted campaigns left their log lines, one of them under an
 * id a newer campaign was given: the table is rebuilt without losing a row of any table that
 * refers to it, the newer campaign sheds the older one's history, and no used id comes back.
 */
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { selectCampaignTimeline } from '../activity'
import { selectLogEntries } from '../eventLog'
import { databasePath, openDatabase, type Db } from '../open'
import { migrations } from './index'

const tempDir = useTempDir()

const CHILD_TABLES = [
  'recipients',
  'deliveries',
  'campaign_counts',
  'campaign_images',
  'campaign_attachments',
]
const rowsOf = (db: Db) =>
  Object.fromEntries(
    CHILD_TABLES.map((t) => [t, db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()]),
  )
const columnsOf = (db: Db) => db.prepare('PRAGMA table_xinfo(campaigns)').all()
const linesOf = (db: Db, campaignId: number) =>
  db.prepare('SELECT kind, email FROM event_log WHERE campaign_id = ? ORDER BY id').all(campaignId)

/** At schema 7: campaign 1 finished, 2 and 5 deleted, 3 given the id of a deleted campaign. */
function databaseAtVersion7(file: string) {
  const db = openDatabase(file, { migrations: migrations.slice(0, 7) })
  db.exec(`
    INSERT INTO accounts (id, name, host, port, security, from_email, created_at, updated_at)
      VALUES (1, 'a', 'h', 25, 'none', 'a@example.test', 0, 0);
    INSERT INTO campaigns (id, name, account_id, subject, html, status, delay_ms, concurrency,
        max_attempts, backoff_ms, timeout_ms, created_at, updated_at, completed_at,
        unsubscribe_mailto, variables)
      VALUES (1, 'Live', 1, 's', 'h', 'completed', 0, 1, 1, 0, 1000, 10, 20, 20,
              'u@example.test', '["name"]'),
             (3, 'Reused', 1, 's', 'h', 'draft', 0, 1, 1, 0, 1000, 30, 30, NULL, NULL, '[]');
    INSERT INTO recipients (id, campaign_id, email, data) VALUES
      (1, 1, 'a@x.test', '{"name":"A"}'), (2, 1, 'b@x.test', '{"name":"B"}'),
      (3, 3, 'new@x.test', '{}');
    INSERT INTO deliveries (campaign_id, recipient_id, state, message_id, created_at,
        updated_at, sent_at)
      VALUES (1, 1, 'sent', '<1@x>', 0, 1, 1), (1, 2, 'sent', '<2@x>', 0, 2, 2);
    INSERT INTO campaign_counts (campaign_id, state, n) VALUES (1, 'sent', 2);
    INSERT INTO campaign_images (campaign_id, cid, filename, content_type, content)
      VALUES (1, 'logo', 'logo.png', 'image/png', x'89504e47');
    INSERT INTO campaign_attachments (campaign_id, filename, content_type, content)
      VALUES (3, 'a.pdf', 'application/pdf', x'25504446');
    INSERT INTO event_log (at, level, kind, campaign_id, email, message, params) VALUES
      (1, 'info', 'campaign.started', 1, NULL, 'Campaign started: 2 recipients queued', '{}'),
      (2, 'info', 'campaign.started', 2, NULL, 'Campaign started', '{}'),
      (3, 'info', 'delivery.sent', 2, 'two@x.test', 'Campaign email sent', '{}'),
      (4, 'info', 'campaign.deleted', 2, NULL, 'Campaign "Two" deleted', '{"name":"Two"}'),
      (5, 'info', 'campaign.started', 3, NULL, 'Campaign started', '{}'),
      (6, 'info', 'delivery.sent', 3, 'old@x.test', 'Campaign email sent', '{}'),
      -- Written before lines had params: the name is in the message only.
      (7, 'info', 'campaign.deleted', 3, NULL, 'Campaign "Old three" deleted', NULL),
      (8, 'info', 'delivery.sent', 5, 'five@x.test', 'Campaign email sent', '{}'),
      (9, 'info', 'campaign.deleted', 5, NULL, 'Campaign "Five" deleted', '{"name":"Five"}'),
      (10, 'info', 'engine.held', NULL, NULL, 'Sending held', '{}');
  `)
  const before = { rows: rowsOf(db), columns: columnsOf(db) }
  db.close()
  return before
}

describe('migration 8 (campaign ids)', () => {
  it('rebuilds campaigns with AUTOINCREMENT, every row kept, and never gives a used id again', () => {
    const file = databasePath(tempDir())
    const before = databaseAtVersion7(file)
    // At schema 8: the later migrations add columns of their own.
    const db = openDatabase(file, { migrations: migrations.slice(0, 8) })

    expect(
      db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'campaigns'`).pluck().get(),
    ).toMatch(/id\s+INTEGER PRIMARY KEY AUTOINCREMENT/)
    expect(columnsOf(db)).toEqual(before.columns)
    expect(rowsOf(db)).toEqual(before.rows) // the drop cascaded nothing
    expect(db.prepare('SELECT id, name, status FROM campaigns ORDER BY id').all()).toEqual([
      { id: 1, name: 'Live', status: 'completed' },
      { id: 3, name: 'Reused', status: 'draft' },
    ])
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')

    // Campaign 3 shows only its own history; the deleted one it replaced moved to an id of its
    // own, past every id used, with its lines in order and its name.
    expect(selectCampaignTimeline(db, 3)).toEqual([])
    expect(linesOf(db, 6)).toEqual([
      { kind: 'campaign.started', email: null },
      { kind: 'delivery.sent', email: 'old@x.test' },
      { kind: 'campaign.deleted', email: null },
    ])
    // Deleted campaigns no one replaced keep their ids; lines of no campaign stay so.
    expect(linesOf(db, 2)).toHaveLength(3)
    expect(linesOf(db, 5)).toHaveLength(2)
    expect(db.prepare('SELECT count(*) FROM event_log').pluck().get()).toBe(10)
    const names = selectLogEntries(db, { campaignId: null, level: null, beforeId: null, limit: 20 })
      .filter((e) => e.kind === 'campaign.deleted')
      .map((e) => [e.campaign_id, JSON.parse(e.params!).name])
    expect(names).toEqual([
      [5, 'Five'],
      [6, 'Old three'],
      [2, 'Two'],
    ])

    const next = db
      .prepare(
        `INSERT INTO campaigns (name, account_id, subject, html, delay_ms, concurrency,
           max_attempts, backoff_ms, timeout_ms, created_at, updated_at)
         VALUES ('New', 1, 's', 'h', 0, 1, 1, 0, 1000, 100, 100)`,
      )
      .run().lastInsertRowid
    expect(next).toBe(7)
    // Deleting a campaign still takes its rows with it: the foreign keys hold on the new table.
    db.prepare('DELETE FROM campaigns WHERE id = 1').run()
    expect(db.prepare('SELECT count(*) FROM deliveries').pluck().get()).toBe(0)
    db.close()
  })

  it('reserves the ids of deleted campaigns past the newest one left, on a database without campaigns', () => {
    const file = databasePath(tempDir())
    const old = openDatabase(file, { migrations: migrations.slice(0, 7) })
    old.exec(`
      INSERT INTO accounts (id, name, host, port, security, from_email, created_at, updated_at)
        VALUES (1, 'a', 'h', 25, 'none', 'a@example.test', 0, 0);
      INSERT INTO event_log (at, level, kind, campaign_id, message, params)
        VALUES (1, 'info', 'campaign.deleted', 4, 'Campaign "Four" deleted', '{"name":"Four"}');
    `)
    old.close()
    const db = openDatabase(file)
    const id = db
      .prepare(
        `INSERT INTO campaigns (name, account_id, subject, html, delay_ms, concurrency,
           max_attempts, backoff_ms, timeout_ms, created_at, updated_at)
         VALUES ('New', 1, 's', 'h', 0, 1, 1, 0, 1000, 0, 0)`,
      )
      .run().lastInsertRowid
    expect(id).toBe(5)
    db.close()
  })
})
