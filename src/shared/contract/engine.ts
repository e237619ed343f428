/** `engine.*`: whether sending is held for the whole app, and what start-up recovery found. */
import { z } from 'zod'
import { command } from './command'

/** Why sending is held for the whole app (not per campaign): the computer sleeps or is offline. */
export const HoldReason = z.enum(['suspend', 'offline'])
export type HoldReason = z.output<typeof HoldReason>

export const EngineStatus = z.object({
  /** Empty while sending may go on; campaigns keep their status while held and go on after. */
  held: z.array(HoldReason),
  /** Since when (epoch ms) sending has been held; null when it is not. */
  heldSince: z.number().nullable(),
  /**
   * Sends found in flight when the engine started (the app had stopped mid-handover), now
   * `uncertain`, per campaign: the window offers to review them.
   */
  recovered: z.array(z.object({ campaignId: z.number().int(), count: z.number().int() })),
})
export type EngineStatus = z.output<typeof EngineStatus>

export const engine = {
  status: command(
    z.void(),
    EngineStatus,
    'Whether sending is held (sleep, offline) and what start-up recovery found.',
  ),
} as const
