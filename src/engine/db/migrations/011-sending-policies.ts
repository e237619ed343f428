import type { Migration } from './migration'

/**
 * Sending policies: a scheduled start, sending hours, recipients' time zones, a pace derived
 * from a deadline, several accounts per campaign, warm-up and self-protection.
 *
 * - `campaign_accounts`: the accounts a campaign sends through, in order; an account that
 *   failed for this campaign is `stopped` (the others go on). `campaigns.account_id` stays
 *   the first of them.
 * - `deliveries.account_id`: the account that took the row (set at each claim), so each
 *   recipient goes out through exactly one account and the report says which.
 * - `campaign_account_counts`: each account's sent/failed/uncertain, kept by a trigger.
 * - `account_days`: messages handed over per account and local day (the warm-up's zone): the
 *   real sending history a warm-up counts its days from. Never pruned (a row per day).
 * - `recipients.zone`: the recipient's normalized zone, or null.
 * - `deliveries_outcomes`: the campaign's latest outcomes, for self-protection's window.
 */
export const m011SendingPolicies: Migration = {
  version: 11,
  name: 'sending-policies',
  up(db) {
    db.exec(`
      ALTER TABLE campaigns ADD COLUMN scheduled_at INTEGER;
      ALTER TABLE campaigns ADD COLUMN schedule_zone TEXT;
      ALTER TABLE campaigns ADD COLUMN missed_start TEXT CHECK (missed_start IN ('start', 'ask'));
      ALTER TABLE campaigns ADD COLUMN sending_hours TEXT;     -- JSON of SendingHours; null: any time
      ALTER TABLE campaigns ADD COLUMN recipient_zones INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE campaigns ADD COLUMN spread_ms INTEGER CHECK (spread_ms > 0);
      ALTER TABLE campaigns ADD COLUMN finish_by INTEGER;      -- start + spread_ms, fixed at the start
      ALTER TABLE campaigns ADD COLUMN from_account_id INTEGER REFERENCES accounts(id);
      ALTER TABLE campaigns ADD COLUMN protection_since INTEGER; -- outcomes before it are forgiven
      ALTER TABLE campaigns ADD COLUMN zone_column TEXT;       -- the recipients' zone column
      ALTER TABLE campaigns ADD COLUMN zone_known INTEGER NOT NULL DEFAULT 0;

      CREATE TABLE campaign_accounts (
        campaign_id     INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        account_id      INTEGER NOT NULL REFERENCES accounts(id),
        position        INTEGER NOT NULL,
        stopped_reason  TEXT CHECK (stopped_reason IN ('account', 'sender')),
        stopped_detail  TEXT,
        PRIMARY KEY (campaign_id, account_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX campaign_accounts_by_account ON campaign_accounts (account_id, campaign_id);
      INSERT INTO campaign_accounts (campaign_id, account_id, position)
        SELECT id, account_id, 0 FROM campaigns;

      ALTER TABLE deliveries ADD COLUMN account_id INTEGER REFERENCES accounts(id);
      UPDATE deliveries SET account_id =
          (SELECT account_id FROM campaigns WHERE campaigns.id = deliveries.campaign_id)
        WHERE state IN ('sending', 'sent', 'failed', 'uncertain') OR attempts > 0;

      CREATE TABLE campaign_account_counts (
        campaign_id  INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        account_id   INTEGER NOT NULL,
        state        TEXT NOT NULL,
        n            INTEGER NOT NULL,
        PRIMARY KEY (campaign_id, account_id, state)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO campaign_account_counts (campaign_id, account_id, state, n)
        SELECT campaign_id, account_id, state, count(*) FROM deliveries
        WHERE account_id IS NOT NULL AND state IN ('sent', 'failed', 'uncertain')
        GROUP BY campaign_id, account_id, state;
      -- A row's account is set by the same UPDATE that makes it 'sending' and is not changed
      -- before its outcome, so OLD.account_id is the account whose count it left.
      CREATE TRIGGER deliveries_count_account AFTER UPDATE OF state ON deliveries
      WHEN OLD.state <> NEW.state
        AND (OLD.state IN ('sent', 'failed', 'uncertain') OR NEW.state IN ('sent', 'failed', 'uncertain'))
      BEGIN
        UPDATE campaign_account_counts SET n = n - 1
          WHERE OLD.state IN ('sent', 'failed', 'uncertain') AND campaign_id = OLD.campaign_id
            AND account_id = OLD.account_id AND state = OLD.state;
        INSERT INTO campaign_account_counts (campaign_id, account_id, state, n)
          SELECT NEW.campaign_id, NEW.account_id, NEW.state, 1
          WHERE NEW.state IN ('sent', 'failed', 'uncertain') AND NEW.account_id IS NOT NULL
          ON CONFLICT (campaign_id, account_id, state) DO UPDATE SET n = n + 1;
      END;

      CREATE INDEX deliveries_outcomes ON deliveries (campaign_id, updated_at)
        WHERE state IN ('sent', 'failed');

      ALTER TABLE recipients ADD COLUMN zone TEXT;

      ALTER TABLE accounts ADD COLUMN sending_hours TEXT;  -- JSON of SendingHours; null: any time
      ALTER TABLE accounts ADD COLUMN warmup TEXT;         -- JSON of Warmup; null: none
      ALTER TABLE accounts ADD COLUMN warmup_since INTEGER; -- days before it do not count

      CREATE TABLE account_days (
        account_id  INTEGER NOT NULL REFERENCES accounts(id),
        day         TEXT NOT NULL,      -- YYYY-MM-DD in the warm-up's zone
        n           INTEGER NOT NULL,
        PRIMARY KEY (account_id, day)
      ) STRICT, WITHOUT ROWID;
    `)
  },
}
