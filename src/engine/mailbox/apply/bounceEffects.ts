/**
 * A bounce on a delivery: counted on it (hard wins over soft); a hard one, or soft ones in
 * several campaigns in a row, puts the address on the do-not-send list with the bounce as
 * evidence.
 */
import { upsertBounce } from '../../db/deliveryFeedback'
import { insertSuppression } from '../../db/suppressions'
import type { BounceClass } from '../classification'
import type { EffectContext } from './context'
import type { MatchedDelivery } from './matchDelivery'
import { softBouncedInARow } from './softStreak'

/** The server's words: the status, then the diagnostic (when it does not start with it). */
export function bounceWords(c: BounceClass): string {
  const { status, diagnosticCode: said } = c
  if (said && status && !said.includes(status)) return `${status} ${said}`
  return said ?? status ?? 'bounced'
}

export function applyBounce(ctx: EffectContext, c: BounceClass, d: MatchedDelivery): void {
  const { db, log, now, message } = ctx
  upsertBounce(db, {
    deliveryId: d.id,
    campaignId: d.campaign_id,
    severity: c.severity,
    at: message.receivedAt,
  })
  const words = bounceWords(c)
  const line = { campaignId: d.campaign_id, deliveryId: d.id, email: d.email, smtpResponse: words }
  if (c.severity === 'hard') {
    insertSuppression(db, d.email, words, now, 'bounce', ctx.evidenceId)
    log.write(db, {
      ...line,
      level: 'warn',
      kind: 'feedback.bounced',
      message: `Email bounced for good: ${words}`,
      params: { variant: 'hard' },
    })
    return
  }
  log.write(db, {
    ...line,
    level: 'info',
    kind: 'feedback.bounced',
    message: `Email bounced for now: ${words}`,
    params: { variant: 'soft' },
  })
  const n = ctx.settings.mailbox.softBounceCampaigns
  if (!softBouncedInARow(db, d.email, n)) return
  const reason = `Soft bounces in ${n} campaigns in a row; the last: ${words}`
  if (!insertSuppression(db, d.email, reason, now, 'bounce', ctx.evidenceId)) return
  log.write(db, {
    ...line,
    level: 'warn',
    kind: 'feedback.bounced',
    message: `Email bounced for now in ${n} campaigns in a row: taken as for good`,
    params: { variant: 'softInARow', count: n },
  })
}
