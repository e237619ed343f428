/** The queue monitor's snapshot: deliveries by state across campaigns, and each account's pace. */
import { DeliveryState, type QueueSnapshot, type WarmupToday } from '@shared/contract'
import type { Db } from './db/open'
import { selectCampaignsInStatus } from './db/campaigns'
import { selectNextRetryAt } from './db/deliveries'
import { prepared } from './db/prepared'

export function queueSnapshot(
  db: Db,
  accounts: {
    accountId: number
    sending: boolean
    throttledUntil: number | null
    cappedUntil: number | null
    paceMs: number
    inFlight: number
    /** Today's warm-up allowance; null without a warm-up. */
    warmup: WarmupToday | null
  }[],
): QueueSnapshot {
  const rows = prepared(
    db,
    'SELECT state, sum(n) AS n FROM campaign_counts GROUP BY state',
  ).all() as {
    state: string
    n: number
  }[]
  const retries = selectCampaignsInStatus(db, 'sending')
    .map((c) => selectNextRetryAt(db, c.id))
    .filter((t): t is number => t !== null)
  return {
    byState: Object.fromEntries(
      DeliveryState.options.map((state) => [state, rows.find((r) => r.state === state)?.n ?? 0]),
    ) as Record<DeliveryState, number>,
    inFlight: accounts.reduce((sum, a) => sum + a.inFlight, 0),
    nextAttemptAt: retries.length ? Math.min(...retries) : null,
    accounts: accounts.map(
      ({ accountId, sending, throttledUntil, cappedUntil, paceMs, warmup }) => ({
        accountId,
        sending,
        throttledUntil,
        cappedUntil,
        paceMs,
        warmup,
      }),
    ),
  }
}
