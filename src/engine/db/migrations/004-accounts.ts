import type { Migration } from './migration'

/**
 * Account editing: DKIM (the key sealed like the password), what a new campaign starts with,
 * hourly/daily caps with the per-minute counts they are measured against, and soft delete
 * (finished campaigns keep pointing at their account).
 */
export const m004Accounts: Migration = {
  version: 4,
  name: 'accounts',
  up(db) {
    db.exec(`
      ALTER TABLE accounts ADD COLUMN dkim_domain TEXT;
      ALTER TABLE accounts ADD COLUMN dkim_selector TEXT;
      ALTER TABLE accounts ADD COLUMN dkim_key TEXT;  -- sealed by the host's SecretStore, never plain
      ALTER TABLE accounts ADD COLUMN default_delay_ms INTEGER NOT NULL DEFAULT 2000
        CHECK (default_delay_ms >= 0);
      ALTER TABLE accounts ADD COLUMN default_concurrency INTEGER NOT NULL DEFAULT 2
        CHECK (default_concurrency BETWEEN 1 AND 32);
      ALTER TABLE accounts ADD COLUMN hourly_cap INTEGER CHECK (hourly_cap >= 1);
      ALTER TABLE accounts ADD COLUMN daily_cap INTEGER CHECK (daily_cap >= 1);
      ALTER TABLE accounts ADD COLUMN deleted_at INTEGER;

      -- Messages handed to a server, per account and minute (epoch ms / 60000): the caps'
      -- rolling windows are sums over these, written in the same transaction as the outcome.
      CREATE TABLE account_usage (
        account_id  INTEGER NOT NULL REFERENCES accounts(id),
        minute      INTEGER NOT NULL,
        n           INTEGER NOT NULL,
        PRIMARY KEY (account_id, minute)
      ) STRICT, WITHOUT ROWID;
    `)
  },
}
