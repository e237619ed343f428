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

/** Newest first; `beforeId` pages backwards. */
export function selectLogEntries(
  db: Db,
  p: { campaignId: number | null; level: LogLevel | null; beforeId: number | null; limit: number },
): LogEntry[] {
  return prepared(
    db,
    `SELECT * FROM event_log
     WHERE (@campaignId IS NULL OR campaign_id = @campaignId)
       AND (@level IS NULL OR level = @level)
       AND (@beforeId IS NULL OR id < @beforeId)
     ORDER BY id DESC LIMIT @limit`,
  ).all(p) as LogEntry[]
}
