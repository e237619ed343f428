/**
 * The one rule that completes a campaign: a sending campaign with nothing queued, waiting for
 * a retry or in flight is completed, whatever left it so — the outcome of its last send, a
 * start where every recipient was skipped, a resume or a restart that found nothing to do, the
 * user confirming uncertain sends. Every such path calls this inside its own transaction, so
 * the status and its log line are written together; the caller pushes the progress (the final
 * snapshot) when it answers true.
 */
import { completeIfDone } from './db/campaigns'
import type { Db } from './db/open'
import type { EngineLog } from './log/engineLog'

export function completeIfNothingLeft(
  db: Db,
  log: EngineLog,
  campaignId: number,
  now: number,
): boolean {
  if (!completeIfDone(db, campaignId, now)) return false
  log.write(db, {
    level: 'info',
    kind: 'campaign.completed',
    campaignId,
    message: 'Campaign completed',
  })
  return true
}
