import type { Migration } from './migration'

/**
 * Authoring: List-Unsubscribe per campaign, files sent with every message, and the variable
 * names of the recipients, kept at import so the editor never scans 100,000 rows for them.
 * Touches only campaigns: slot 4 (the SMTP-accounts work) may run before or after it.
 */
export const m005CampaignContent: Migration = {
  version: 5,
  name: 'campaign-content',
  up(db) {
    db.exec(`
      ALTER TABLE campaigns ADD COLUMN unsubscribe_mailto TEXT;
      ALTER TABLE campaigns ADD COLUMN unsubscribe_url TEXT;  -- a template of the recipient's data
      ALTER TABLE campaigns ADD COLUMN variables TEXT NOT NULL DEFAULT '[]';  -- JSON array

      UPDATE campaigns SET variables = (
        SELECT json_group_array(key) FROM (
          SELECT DISTINCT j.key FROM recipients r, json_each(r.data) j
          WHERE r.campaign_id = campaigns.id));

      CREATE TABLE campaign_attachments (
        id            INTEGER PRIMARY KEY,
        campaign_id   INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        filename      TEXT NOT NULL,
        content_type  TEXT NOT NULL,
        content       BLOB NOT NULL
      ) STRICT;
      CREATE INDEX campaign_attachments_by_campaign ON campaign_attachments (campaign_id);
    `)
  },
}
