/** Every sent, failed, retried and uncertain delivery and every campaign transition: table + file. */
import type { Params } from '@shared/contract'
import type { LogKind } from '@shared/logKinds'
import type { Clock } from '@shared/clock'
import { insertLogEntry, type LogLevel } from '../db/eventLog'
import type { Db } from '../db/open'
import { quoteLogValue, type LogFile } from './logFile'

export interface LogRecord {
  level: LogLevel
  kind: LogKind
  /** English, for the log file and for a window that does not know the kind. */
  message: string
  /** What the window needs to word the line itself; `variant` picks among the kind's forms. */
  params?: Params
  campaignId?: number | null
  deliveryId?: number | null
  email?: string | null
  smtpCode?: number | null
  smtpResponse?: string | null
}

export class EngineLog {
  constructor(
    private readonly clock: Clock,
    private readonly file: LogFile | null,
  ) {}

  /** Call inside the transaction that made the change, so the log never disagrees with it. */
  write(db: Db, r: LogRecord): void {
    insertLogEntry(db, {
      at: this.clock.now(),
      level: r.level,
      kind: r.kind,
      campaign_id: r.campaignId ?? null,
      delivery_id: r.deliveryId ?? null,
      email: r.email ?? null,
      message: r.message,
      smtp_code: r.smtpCode ?? null,
      smtp_response: r.smtpResponse ?? null,
      params: JSON.stringify(r.params ?? {}),
    })
    // Every text is quoted: a server's reply (or a message quoting one) holding `recipient=…`
    // or a terminal escape must read as that text, never as a field or a command of ours.
    const parts = [r.level.toUpperCase(), quoteLogValue(r.message)]
    if (r.campaignId != null) parts.push(`campaign=${r.campaignId}`)
    if (r.email) parts.push(`recipient=${quoteLogValue(r.email)}`)
    if (r.smtpResponse) parts.push(`response=${quoteLogValue(r.smtpResponse)}`)
    this.file?.write(parts.join(' '))
  }
}
