/** One statement per function: the event log table. */
import type { Db } from './open'
import { prepared } from './prepared'

export type LogLevel = 'info' | 'warn' | 'error'

export interface LogEntry {
  id: number
  at: number
  level: LogLevel
  kind: string
  campaign_id: number | null
  delivery_id: number | null
  email: string | null
  message: string
  smtp_code: number | null
  smtp_response: string | null
  /** JSON object of the line's values (see shared/logKinds.ts); NULL on lines older than it. */
  params: string | null
}

export function insertLogEntry(db: Db, e: Omit<LogEntry, 'id'>): void {
  prepared(
    db,
    `INSERT INTO event_log (at, level, kind, campaign_id, delivery_id, email, message, smtp_code,
       smtp_response, params)
     VALUES (@at, @level, @kind, @campaign_id, @delivery_id, @email, @message, @smtp_code,
       @smtp_response, @params)`,
  ).run(e)
}

/** A line as read back, with the name of its campaign, also once that is deleted. */
export interface LogLine extends LogEntry {
  campaign_name: string | null
  campaign_deleted: 0 | 1
}

/**
 * Newest first; `beforeId` pages backwards. A deleted campaign's lines stay (the log is the
 * record of what was sent); its name is the one its `campaign.deleted` line kept, read from the
 * partial index of campaign lines, and only for lines whose campaign is gone.
 */
export function selectLogEntries(
  db: Db,
  p: { campaignId: number | null; level: LogLevel | null; beforeId: number | null; limit: number },
): LogLine[] {
  return prepared(
    db,
    `SELECT e.*, coalesce(c.name, (
         SELECT json_extract(d.params, '$.name') FROM event_log d
         WHERE d.campaign_id = e.campaign_id AND d.kind >= 'campaign.' AND d.kind < 'campaign/'
           AND d.kind = 'campaign.deleted'
         ORDER BY d.id DESC LIMIT 1)) AS campaign_name,
       e.campaign_id IS NOT NULL AND c.id IS NULL AS campaign_deleted
     FROM event_log e LEFT JOIN campaigns c ON c.id = e.campaign_id
     WHERE (@campaignId IS NULL OR e.campaign_id = @campaignId)
       AND (@level IS NULL OR e.level = @level)
       AND (@beforeId IS NULL OR e.id < @beforeId)
     ORDER BY e.id DESC LIMIT @limit`,
  ).all(p) as LogLine[]
}
