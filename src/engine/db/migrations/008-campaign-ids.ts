import type Database from 'better-sqlite3'
import type { Migration } from './migration'

/**
 * Campaign ids are never given out again. Without AUTOINCREMENT SQLite gave a new campaign the
 * id of the newest one deleted, and the log lines the deleted one left (kept on purpose: the
 * log is the record of what was sent) showed on the new one's page. SQLite cannot add
 * AUTOINCREMENT to a table, so `campaigns` is rebuilt by its 12-step procedure (foreign keys off,
 * see migrate.ts): new table, copy, drop, rename, its indexes and triggers made again. Then the
 * history of a deleted campaign that shares its id with a newer one moves to an id of its own,
 * and the sequence starts past every id the log has seen.
 */
export const m008CampaignIds: Migration = {
  version: 8,
  name: 'campaign-ids',
  foreignKeysOff: true,
  up(db) {
    const attached = db
      .prepare(
        `SELECT sql FROM sqlite_master
         WHERE tbl_name = 'campaigns' AND type IN ('index', 'trigger') AND sql IS NOT NULL`,
      )
      .pluck()
      .all() as string[]
    db.exec(`
      CREATE TABLE campaigns_new (
        id                  INTEGER PRIMARY KEY AUTOINCREMENT,
        name                TEXT NOT NULL,
        account_id          INTEGER NOT NULL REFERENCES accounts(id),
        subject             TEXT NOT NULL,
        html                TEXT NOT NULL,
        text                TEXT,
        status              TEXT NOT NULL DEFAULT 'draft'
                            CHECK (status IN ('draft', 'scheduled', 'sending', 'paused', 'completed', 'cancelled')),
        status_reason       TEXT,
        status_detail       TEXT,
        resume_at           INTEGER,
        delay_ms            INTEGER NOT NULL CHECK (delay_ms >= 0),
        concurrency         INTEGER NOT NULL CHECK (concurrency BETWEEN 1 AND 32),
        max_attempts        INTEGER NOT NULL CHECK (max_attempts BETWEEN 1 AND 20),
        backoff_ms          INTEGER NOT NULL CHECK (backoff_ms >= 0),
        timeout_ms          INTEGER NOT NULL CHECK (timeout_ms >= 1000),
        created_at          INTEGER NOT NULL,
        started_at          INTEGER,
        completed_at        INTEGER,
        cancelled_at        INTEGER,
        updated_at          INTEGER NOT NULL,
        unsubscribe_mailto  TEXT,
        unsubscribe_url     TEXT,
        variables           TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      INSERT INTO campaigns_new (${COLUMNS}) SELECT ${COLUMNS} FROM campaigns;
      DROP TABLE campaigns;
      ALTER TABLE campaigns_new RENAME TO campaigns;
    `)
    for (const sql of attached) db.exec(sql)
    nameDeletedCampaigns(db)
    separateReusedIds(db)
    reserveUsedIds(db)
  },
}

const COLUMNS = `id, name, account_id, subject, html, text, status, status_reason, status_detail,
  resume_at, delay_ms, concurrency, max_attempts, backoff_ms, timeout_ms, created_at, started_at,
  completed_at, cancelled_at, updated_at, unsubscribe_mailto, unsubscribe_url, variables`

/** A deletion logged before lines had params names its campaign in the message only. */
function nameDeletedCampaigns(db: Database.Database): void {
  db.exec(`
    UPDATE event_log SET params = json_object('name', substr(message, 11, length(message) - 19))
    WHERE kind = 'campaign.deleted' AND params IS NULL AND message LIKE 'Campaign "%" deleted'`)
}

/**
 * Each `campaign.deleted` line ends one campaign's history under its id. A history followed by
 * another under the same id (a newer campaign was given it) moves to a fresh id, past any used.
 */
function separateReusedIds(db: Database.Database): void {
  const deletions = db
    .prepare(
      `SELECT campaign_id AS campaignId, id FROM event_log
       WHERE kind = 'campaign.deleted' AND campaign_id IS NOT NULL ORDER BY campaign_id, id`,
    )
    .all() as { campaignId: number; id: number }[]
  const hasSuccessor = db.prepare(
    `SELECT EXISTS (SELECT 1 FROM campaigns WHERE id = @campaignId)
         OR EXISTS (SELECT 1 FROM event_log WHERE campaign_id = @campaignId AND id > @id)`,
  )
  const move = db.prepare(
    `UPDATE event_log SET campaign_id = @to
     WHERE campaign_id = @campaignId AND id > @after AND id <= @upTo`,
  )
  let fresh = highestUsedId(db) + 1
  let after = 0
  deletions.forEach((d, i) => {
    if (i > 0 && deletions[i - 1]!.campaignId !== d.campaignId) after = 0
    if (hasSuccessor.pluck().get(d)) {
      move.run({ to: fresh++, campaignId: d.campaignId, after, upTo: d.id })
    }
    after = d.id
  })
}

/** AUTOINCREMENT gives out ids past the sequence: past every campaign and every logged id. */
function reserveUsedIds(db: Database.Database): void {
  const seq = highestUsedId(db)
  const updated = db
    .prepare(`UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'campaigns'`)
    .run(seq)
  if (updated.changes === 0 && seq > 0) {
    db.prepare(`INSERT INTO sqlite_sequence (name, seq) VALUES ('campaigns', ?)`).run(seq)
  }
}

function highestUsedId(db: Database.Database): number {
  return db
    .prepare(
      `SELECT max(coalesce((SELECT max(id) FROM campaigns), 0),
                  coalesce((SELECT max(campaign_id) FROM event_log), 0))`,
    )
    .pluck()
    .get() as number
}
