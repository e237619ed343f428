import type { Migration } from './migration'

/**
 * The values of each log line (a JSON object), so the window can word the line in the user's
 * language from its kind; the English message stays for the log file and for older lines,
 * which keep NULL here.
 */
export const m007LogParams: Migration = {
  version: 7,
  name: 'log-params',
  up(db) {
    db.exec(`ALTER TABLE event_log ADD COLUMN params TEXT`)
  },
}
