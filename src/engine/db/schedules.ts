/** One statement per function: a campaign's scheduled start (the status itself is campaigns.ts). */
import type { CampaignRow } from './campaigns'
import type { Db } from './open'
import { prepared } from './prepared'

/** Inside the transaction that made the campaign `scheduled`: when, in which zone, if missed. */
export function updateSchedule(
  db: Db,
  p: { id: number; at: number; zone: string; missedStart: 'start' | 'ask'; now: number },
): void {
  prepared(
    db,
    `UPDATE campaigns SET scheduled_at = @at, schedule_zone = @zone, missed_start = @missedStart,
       updated_at = @now
     WHERE id = @id AND status = 'scheduled'`,
  ).run(p)
}

/** Back to a draft: no schedule left. */
export function clearSchedule(db: Db, id: number, now: number): void {
  prepared(
    db,
    `UPDATE campaigns SET scheduled_at = NULL, schedule_zone = NULL, missed_start = NULL,
       updated_at = @now
     WHERE id = @id AND status = 'draft'`,
  ).run({ id, now })
}

/**
 * Scheduled campaigns the engine will start by itself, soonest first: not those waiting for
 * the user (a missed start to confirm, a start that failed).
 */
export function selectWaitingSchedules(db: Db): CampaignRow[] {
  return prepared(
    db,
    `SELECT * FROM campaigns WHERE status = 'scheduled' AND status_reason IS NULL
       AND scheduled_at IS NOT NULL
     ORDER BY scheduled_at, id`,
  ).all() as CampaignRow[]
}
