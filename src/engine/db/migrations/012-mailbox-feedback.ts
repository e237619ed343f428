import type { Migration } from './migration'

/**
 * What Outbox reads back from an account's mailbox (issue 17).
 *
 * - `account_mailboxes`: the IMAP side of an account (optional); the password sealed like the
 *   SMTP one, null to use the SMTP password; and how its reader stands (last read, last error).
 * - `mailbox_cursors`: per account and folder, the highest UID read under one UIDVALIDITY, moved
 *   in the same transaction that records what those messages meant: a restart neither misses
 *   nor repeats a message.
 * - `mailbox_messages`: each message that meant something (bounce, auto-reply, reply,
 *   unsubscribe request), with the raw message (cut at 1 MB) as evidence. Unrelated mail is
 *   counted in the cursor's `scanned` and never stored.
 * - `delivery_feedback`: per delivery, what came back; a delivery stays `sent` (the server did
 *   take it) and its bounce is shown beside it. Kept in step by the reader, never by a trigger.
 * - `suppressions.source` / `evidence_id`: why an address is on the do-not-send list and the
 *   message that put it there.
 * - `test_mailbox`: the built-in test inbox's own mailbox (what the test account would find in
 *   its IMAP folders): bounces and replies it makes up for bounce-…@ / reply-…@ addresses, and a
 *   copy of each message sent, in folder 'Sent'.
 */
export const m012MailboxFeedback: Migration = {
  version: 12,
  name: 'mailbox-feedback',
  up(db) {
    db.exec(`
      CREATE TABLE account_mailboxes (
        account_id       INTEGER PRIMARY KEY REFERENCES accounts(id) ON DELETE CASCADE,
        host             TEXT NOT NULL,
        port             INTEGER NOT NULL,
        security         TEXT NOT NULL CHECK (security IN ('tls', 'starttls', 'none')),
        username         TEXT,            -- null: the SMTP login
        secret           TEXT,            -- sealed; null: the SMTP password
        folders          TEXT NOT NULL,   -- JSON array of folder names
        sent_folder      TEXT,            -- null: the folder the server marks \\Sent
        move_bounces_to  TEXT,
        -- The reader's standing, kept here so the window shows the last error after a restart.
        state            TEXT NOT NULL DEFAULT 'idle'
                           CHECK (state IN ('idle', 'reading', 'ok', 'held', 'error')),
        reason           TEXT,
        step             TEXT,
        params           TEXT,            -- JSON of Params
        read_at          INTEGER,
        next_attempt_at  INTEGER,
        created_at       INTEGER NOT NULL,
        updated_at       INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE mailbox_cursors (
        account_id    INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        folder        TEXT NOT NULL,
        uid_validity  TEXT NOT NULL,
        last_uid      INTEGER NOT NULL,
        scanned       INTEGER NOT NULL DEFAULT 0,
        recognised    INTEGER NOT NULL DEFAULT 0,
        read_at       INTEGER,
        PRIMARY KEY (account_id, folder)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE mailbox_messages (
        id             INTEGER PRIMARY KEY,
        account_id     INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        folder         TEXT NOT NULL,
        uid_validity   TEXT NOT NULL,
        uid            INTEGER NOT NULL,
        kind           TEXT NOT NULL CHECK (kind IN ('bounce', 'autoReply', 'reply', 'unsubscribe')),
        severity       TEXT CHECK (severity IN ('hard', 'soft')),
        status         TEXT,
        diagnostic     TEXT,
        email          TEXT,
        campaign_id    INTEGER REFERENCES campaigns(id) ON DELETE SET NULL,
        delivery_id    INTEGER REFERENCES deliveries(id) ON DELETE SET NULL,
        message_id     TEXT,          -- the message's own Message-ID
        mail_from      TEXT NOT NULL,
        subject        TEXT,
        first_lines    TEXT NOT NULL,
        received_at    INTEGER NOT NULL,
        read_at        INTEGER NOT NULL,
        raw            BLOB NOT NULL,
        truncated      INTEGER NOT NULL DEFAULT 0,
        UNIQUE (account_id, folder, uid_validity, uid)
      ) STRICT;
      CREATE INDEX mailbox_messages_by_campaign ON mailbox_messages (campaign_id, kind, id);
      CREATE INDEX mailbox_messages_by_delivery ON mailbox_messages (delivery_id);

      CREATE TABLE delivery_feedback (
        delivery_id      INTEGER PRIMARY KEY REFERENCES deliveries(id) ON DELETE CASCADE,
        campaign_id      INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        bounce           TEXT CHECK (bounce IN ('hard', 'soft')),
        bounced_at       INTEGER,
        replied_at       INTEGER,
        auto_replied_at  INTEGER,
        unsubscribed_at  INTEGER
      ) STRICT;
      CREATE INDEX delivery_feedback_by_campaign ON delivery_feedback (campaign_id);

      ALTER TABLE suppressions ADD COLUMN source TEXT NOT NULL DEFAULT 'user'
        CHECK (source IN ('user', 'bounce', 'unsubscribe', 'refused'));
      ALTER TABLE suppressions ADD COLUMN evidence_id INTEGER
        REFERENCES mailbox_messages(id) ON DELETE SET NULL;

      CREATE TABLE test_mailbox (
        uid          INTEGER PRIMARY KEY AUTOINCREMENT,
        folder       TEXT NOT NULL,
        received_at  INTEGER NOT NULL,
        raw          BLOB NOT NULL
      ) STRICT;
      CREATE INDEX test_mailbox_by_folder ON test_mailbox (folder, uid);
    `)
  },
}
