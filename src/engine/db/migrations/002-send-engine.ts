import type { Migration } from './migration'

/** The send engine: accounts, campaigns, recipients, deliveries, counters, suppressions, log. */
export const m002SendEngine: Migration = {
  version: 2,
  name: 'send-engine',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id          INTEGER PRIMARY KEY,
        name        TEXT NOT NULL,
        host        TEXT NOT NULL,
        port        INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
        security    TEXT NOT NULL CHECK (security IN ('tls', 'starttls', 'none')),
        username    TEXT,
        secret      TEXT,              -- the password sealed by the host's SecretStore, never plain
        from_name   TEXT NOT NULL DEFAULT '',
        from_email  TEXT NOT NULL,
        reply_to    TEXT,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE campaigns (
        id             INTEGER PRIMARY KEY,
        name           TEXT NOT NULL,
        account_id     INTEGER NOT NULL REFERENCES accounts(id),
        subject        TEXT NOT NULL,
        html           TEXT NOT NULL,
        text           TEXT,           -- null: generated from the HTML
        status         TEXT NOT NULL DEFAULT 'draft'
                       CHECK (status IN ('draft', 'scheduled', 'sending', 'paused', 'completed', 'cancelled')),
        status_reason  TEXT,           -- why it paused or stopped: user, account, quota, content, sender
        status_detail  TEXT,           -- the server's words, for the window
        resume_at      INTEGER,        -- a quota pause resumes by itself at this time
        delay_ms       INTEGER NOT NULL CHECK (delay_ms >= 0),
        concurrency    INTEGER NOT NULL CHECK (concurrency BETWEEN 1 AND 32),
        max_attempts   INTEGER NOT NULL CHECK (max_attempts BETWEEN 1 AND 20),
        backoff_ms     INTEGER NOT NULL CHECK (backoff_ms >= 0),
        timeout_ms     INTEGER NOT NULL CHECK (timeout_ms >= 1000),
        created_at     INTEGER NOT NULL,
        started_at     INTEGER,
        completed_at   INTEGER,
        cancelled_at   INTEGER,
        updated_at     INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE recipients (
        id           INTEGER PRIMARY KEY,
        campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        email        TEXT NOT NULL,
        data         TEXT NOT NULL DEFAULT '{}'   -- JSON: the template's variables
      ) STRICT;
      CREATE INDEX recipients_by_campaign ON recipients (campaign_id);

      CREATE TABLE campaign_images (
        id            INTEGER PRIMARY KEY,
        campaign_id   INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        cid           TEXT NOT NULL,
        filename      TEXT NOT NULL,
        content_type  TEXT NOT NULL,
        content       BLOB NOT NULL,
        UNIQUE (campaign_id, cid)
      ) STRICT;

      CREATE TABLE deliveries (
        id                INTEGER PRIMARY KEY,
        campaign_id       INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        recipient_id      INTEGER NOT NULL UNIQUE REFERENCES recipients(id) ON DELETE CASCADE,
        state             TEXT NOT NULL CHECK (state IN
                            ('queued', 'sending', 'sent', 'retrying', 'failed', 'uncertain', 'cancelled', 'skipped')),
        attempts          INTEGER NOT NULL DEFAULT 0,
        next_attempt_at   INTEGER NOT NULL DEFAULT 0,
        lease_token       TEXT,
        lease_expires_at  INTEGER,
        last_code         INTEGER,
        last_enhanced     TEXT,
        last_response     TEXT,
        message_id        TEXT NOT NULL UNIQUE,  -- fixed at creation: a resend is the same message
        cleared           INTEGER NOT NULL DEFAULT 0,
        created_at        INTEGER NOT NULL,
        updated_at        INTEGER NOT NULL,
        sent_at           INTEGER
      ) STRICT;
      -- The claim walks this index from its start: O(log n) however many rows wait.
      CREATE INDEX deliveries_claimable ON deliveries (campaign_id, next_attempt_at, id)
        WHERE state IN ('queued', 'retrying');
      CREATE INDEX deliveries_by_campaign_state ON deliveries (campaign_id, state);
      CREATE INDEX deliveries_sending ON deliveries (state) WHERE state = 'sending';

      -- Counts by state, kept exact by the trigger in the same transaction as each change.
      CREATE TABLE campaign_counts (
        campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        state        TEXT NOT NULL,
        n            INTEGER NOT NULL,
        PRIMARY KEY (campaign_id, state)
      ) STRICT, WITHOUT ROWID;
      CREATE TRIGGER deliveries_count_state AFTER UPDATE OF state ON deliveries
      WHEN OLD.state <> NEW.state BEGIN
        UPDATE campaign_counts SET n = n - 1 WHERE campaign_id = OLD.campaign_id AND state = OLD.state;
        INSERT INTO campaign_counts (campaign_id, state, n) VALUES (NEW.campaign_id, NEW.state, 1)
          ON CONFLICT (campaign_id, state) DO UPDATE SET n = n + 1;
      END;

      CREATE TABLE suppressions (
        email       TEXT PRIMARY KEY COLLATE NOCASE,
        reason      TEXT NOT NULL,
        created_at  INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE event_log (
        id             INTEGER PRIMARY KEY,
        at             INTEGER NOT NULL,
        level          TEXT NOT NULL CHECK (level IN ('info', 'warn', 'error')),
        kind           TEXT NOT NULL,
        campaign_id    INTEGER,
        delivery_id    INTEGER,
        email          TEXT,
        message        TEXT NOT NULL,
        smtp_code      INTEGER,
        smtp_response  TEXT
      ) STRICT;
      CREATE INDEX event_log_by_campaign ON event_log (campaign_id, id);

      -- Only one process may run the sender on a database (see engine/senderLock.ts).
      CREATE TABLE sender_lock (
        id            INTEGER PRIMARY KEY CHECK (id = 1),
        owner         TEXT NOT NULL,
        pid           INTEGER NOT NULL,
        hostname      TEXT NOT NULL,
        heartbeat_at  INTEGER NOT NULL
      ) STRICT;
    `)
  },
}
