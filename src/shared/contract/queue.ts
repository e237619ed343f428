/** `queue.*`: deliveries by state across campaigns, and each account's pace. */
import { z } from 'zod'
import { command } from './command'
import { DeliveryState, Id } from './common'
import { WarmupToday } from './sendingPolicy'

export const QueueSnapshot = z.object({
  byState: z.record(DeliveryState, z.number().int()),
  inFlight: z.number().int(),
  nextAttemptAt: z.number().nullable(),
  accounts: z.array(
    z.object({
      accountId: Id,
      sending: z.boolean(),
      throttledUntil: z.number().nullable(),
      /** An hourly or daily cap is reached: sending goes on by itself at this time. */
      cappedUntil: z.number().nullable().optional(),
      /** The current spacing between sends, after any slow-down. */
      paceMs: z.number(),
      /** Today's warm-up allowance; null without a warm-up. */
      warmup: WarmupToday.nullable(),
    }),
  ),
})
export type QueueSnapshot = z.output<typeof QueueSnapshot>

export const queue = {
  snapshot: command(z.void(), QueueSnapshot, 'Deliveries by state across campaigns, and accounts.'),
} as const
