/** One statement per function: what the campaign page draws (sends per minute, state changes). */
import type { LogLevel } from './eventLog'
import type { Db } from './open'
import { prepared } from './prepared'

export const MINUTE_MS = 60_000

export interface MinuteRow {
  /** The minute's start, epoch ms. */
  at: number
  sent: number
  failed: number
}

/**
 * Sent and failed deliveries per minute of the engine clock, oldest first, only minutes with
 * something: a sent row counts at `sent_at`, a failed one at `updated_at` (the time it failed;
 * `failed.clear` leaves it). Each half is read from its partial index alone.
 */
export const OUTCOMES_PER_MINUTE_SQL = `SELECT minute * ${MINUTE_MS} AS at, sum(sent) AS sent, sum(failed) AS failed
     FROM (SELECT sent_at / ${MINUTE_MS} AS minute, count(*) AS sent, 0 AS failed
           FROM deliveries WHERE campaign_id = @campaignId AND state = 'sent'
           GROUP BY sent_at / ${MINUTE_MS}
           UNION ALL
           SELECT updated_at / ${MINUTE_MS}, 0, count(*)
           FROM deliveries WHERE campaign_id = @campaignId AND state = 'failed'
           GROUP BY updated_at / ${MINUTE_MS})
     GROUP BY minute ORDER BY minute`

export function selectOutcomesPerMinute(db: Db, campaignId: number): MinuteRow[] {
  return prepared(db, OUTCOMES_PER_MINUTE_SQL).all({ campaignId }) as MinuteRow[]
}

export interface TimelineRow {
  at: number
  kind: string
  level: LogLevel
  message: string
  params: string | null
}

/**
 * The campaign's own lines of the log (`campaign.*`: started, paused with why, sending again,
 * completed, cancelled), oldest first, on the partial index that holds only those lines.
 */
export const TIMELINE_SQL = `SELECT at, kind, level, message, params FROM event_log
     WHERE campaign_id = @campaignId AND kind >= 'campaign.' AND kind < 'campaign/'
     ORDER BY id`

export function selectCampaignTimeline(db: Db, campaignId: number): TimelineRow[] {
  return prepared(db, TIMELINE_SQL).all({ campaignId }) as TimelineRow[]
}
