import type { Migration } from './migration'

/**
 * The campaign page: its deliveries in import order whatever their state, its sends and failures
 * per minute, and its state changes among all the lines of its log, each read from an index
 * alone. They cost little to keep: a delivery's campaign and recipient never change (the first
 * index is written once per row, at start), the state index is rewritten on a change of state
 * as before (it only gains a column), a row enters the partial ones once, when it is sent or
 * fails, and only the few campaign lines of the log enter the last.
 */
export const m006CampaignMonitor: Migration = {
  version: 6,
  name: 'campaign-monitor',
  up(db) {
    db.exec(`
      -- Import order is recipient order. With these two, a page of a campaign's deliveries (all
      -- states, or one) and their count are read in that order from an index alone, and a
      -- search reads one recipient row per delivery it looks at, not a delivery row too.
      CREATE INDEX deliveries_by_campaign ON deliveries (campaign_id, recipient_id);
      DROP INDEX deliveries_by_campaign_state;
      CREATE INDEX deliveries_by_campaign_state ON deliveries (campaign_id, state, recipient_id);

      -- Sends and failures per minute (db/activity.ts): a sent row counts at sent_at, a failed
      -- one at updated_at (when it failed).
      CREATE INDEX deliveries_sent_at ON deliveries (campaign_id, sent_at) WHERE state = 'sent';
      CREATE INDEX deliveries_failed_at ON deliveries (campaign_id, updated_at)
        WHERE state = 'failed';

      -- A campaign's state changes, without walking past the line per send it also writes.
      CREATE INDEX event_log_campaign_changes ON event_log (campaign_id, id)
        WHERE kind >= 'campaign.' AND kind < 'campaign/';
    `)
  },
}
