import type { Migration } from './migration'

/** The built-in test inbox: captured messages, and the flag of the account that sends to it. */
export const m003TestInbox: Migration = {
  version: 3,
  name: 'test-inbox',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN builtin INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE inbox_messages (
        id           INTEGER PRIMARY KEY,
        received_at  INTEGER NOT NULL,
        mail_from    TEXT NOT NULL,
        rcpt_to      TEXT NOT NULL,   -- JSON array
        message_id   TEXT,
        subject      TEXT,
        size         INTEGER NOT NULL,
        raw          BLOB NOT NULL
      ) STRICT;
    `)
  },
}
