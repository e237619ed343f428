/**
 * Hard bounces count as refusals for good in self-protection's window. A server that takes
 * every message and bounces the bad ones later never refuses at RCPT, so the check runs when a
 * hard bounce arrives too, not only after a 5xx.
 */
import type { Clock } from '@shared/clock'
import type { Settings } from '@shared/contract'
import { selectCampaign } from '../../db/campaigns'
import type { Db } from '../../db/open'
import { protectionTripped } from '../../policy/protection'

/** Pauses the campaign for self-protection (Campaigns.pause with reason 'protection'). */
export type PauseForProtection = (campaignId: number, detail: string) => void

/**
 * After the reader's transaction (a pause takes its own and wakes the sender), and only if the
 * campaign still sends and the window, as committed, is still over the threshold.
 */
export function checkProtectionLater(
  deps: { db: Db; clock: Clock; settings: () => Settings; pause: PauseForProtection },
  campaignId: number,
): void {
  deps.clock.setTimeout(() => {
    if (selectCampaign(deps.db, campaignId)?.status !== 'sending') return
    const detail = protectionTripped(deps.db, campaignId, deps.settings().protection)
    if (detail === null) return
    try {
      deps.pause(campaignId, detail)
    } catch {
      // Paused or cancelled meanwhile: nothing more to do.
    }
  }, 0)
}
