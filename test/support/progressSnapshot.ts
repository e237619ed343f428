/** A campaign progress snapshot as the engine pushes it, for the desktop shell's tests. */
import type { Snapshot } from '@main/desktop/progressView'

/** `total - pending` are sent unless `more` says otherwise. */
export function snapshot(
  campaignId: number,
  status: Snapshot['status'],
  total: number,
  pending: number,
  more: Partial<Snapshot> = {},
): Snapshot {
  return {
    campaignId,
    status,
    total,
    sent: total - pending,
    failed: 0,
    uncertain: 0,
    pending,
    cancelled: 0,
    skipped: 0,
    percent: total ? Math.floor(((total - pending) / total) * 1000) / 10 : 0,
    ratePerMinute: 0,
    etaMs: null,
    isCompleted: status === 'completed',
    completedAt: null,
    waitingUntil: null,
    paceMs: null,
    accounts: [],
    feedback: { bounced: 0, softBounced: 0, replied: 0, autoReplied: 0, unsubscribed: 0 },
    ...more,
  }
}
