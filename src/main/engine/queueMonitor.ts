/** The queue monitor's snapshot: deliveries by state across campaigns, and each account's pace. */
import type { z } from 'zod'
import { DeliveryState, type QueueSnapshot } from '../../shared/contract'
import type { Db } from './db/open'
import { prepared } from './db/prepared'

export function queueSnapshot(
  db: Db,
  accounts: {
    accountId: number
    sending: boolean
    throttledUntil: number | null
    paceMs: number
    inFlight: number
  }[],
): z.output<typeof QueueSnapshot> {
  const rows = prepared(
    db,
    'SELECT state, sum(n) AS n FROM campaign_counts GROUP BY state',
  ).all() as {
    state: string
    n: number
  }[]
  const next = prepared(
    db,
    "SELECT min(next_attempt_at) AS at FROM deliveries WHERE state = 'retrying'",
  ).get() as { at: number | null }
  return {
    byState: Object.fromEntries(
      DeliveryState.options.map((state) => [state, rows.find((r) => r.state === state)?.n ?? 0]),
    ) as Record<z.output<typeof DeliveryState>, number>,
    inFlight: accounts.reduce((sum, a) => sum + a.inFlight, 0),
    nextAttemptAt: next.at,
    accounts: accounts.map(({ accountId, sending, throttledUntil, paceMs }) => ({
      accountId,
      sending,
      throttledUntil,
      paceMs,
    })),
  }
}
