/** Log rows as the window gets them: params read back from their JSON. */
import type { LogEntry as PublicLogEntry } from '@shared/contract'
import type { Params } from '@shared/contract'
import type { LogLine } from '../db/eventLog'

/** A line written before params existed has none: the window then shows its message. */
export function paramsOf(json: string | null): Params {
  return json ? (JSON.parse(json) as Params) : {}
}

export function publicLogEntry(e: LogLine): PublicLogEntry {
  return {
    id: e.id,
    at: e.at,
    level: e.level,
    kind: e.kind,
    campaignId: e.campaign_id,
    campaign:
      e.campaign_name === null
        ? null
        : { name: e.campaign_name, deleted: e.campaign_deleted === 1 },
    email: e.email,
    message: e.message,
    params: paramsOf(e.params),
    smtpCode: e.smtp_code,
    smtpResponse: e.smtp_response,
  }
}
