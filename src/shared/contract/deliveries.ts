/** `deliveries.*`: a campaign's recipients as the queue sees them, by state. */
import { z } from 'zod'
import { command } from './command'
import { DeliveryState, Id } from './common'
import { DeliveryFeedback, FeedbackFilter } from './mailbox'

export const Delivery = z.object({
  id: Id,
  email: z.string(),
  state: DeliveryState,
  attempts: z.number().int(),
  nextAttemptAt: z.number(),
  lastCode: z.number().nullable(),
  lastEnhanced: z.string().nullable(),
  lastResponse: z.string().nullable(),
  messageId: z.string(),
  updatedAt: z.number(),
  /** The account that sent it, failed it, left it uncertain or is sending it; null before. */
  accountId: Id.nullable(),
  /** What came back from the mailbox about it: a bounce, a reply… */
  feedback: DeliveryFeedback,
})
export type Delivery = z.output<typeof Delivery>

export const DeliveryPage = z.object({ total: z.number().int(), items: z.array(Delivery) })
export type DeliveryPage = z.output<typeof DeliveryPage>

export const deliveries = {
  list: command(
    z
      .object({
        campaignId: Id,
        state: DeliveryState,
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    z.array(Delivery),
    'Recipients of a campaign in one state, most recently changed first.',
  ),
  page: command(
    z
      .object({
        campaignId: Id,
        /** null: every state. */
        state: DeliveryState.nullable().default(null),
        /** Part of the address, in any case. */
        search: z.string().trim().min(1).nullable().default(null),
        /** null: whatever came back. */
        feedback: FeedbackFilter.nullable().default(null),
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    DeliveryPage,
    'A page of a campaign’s deliveries in import order, with the total that match.',
  ),
} as const
