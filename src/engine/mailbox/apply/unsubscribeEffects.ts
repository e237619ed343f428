/**
 * An unsubscribe request, honoured: the address goes on the do-not-send list with the request
 * as evidence, and the delivery (when one matched) counts it.
 */
import { markFeedback } from '../../db/deliveryFeedback'
import { insertSuppression } from '../../db/suppressions'
import type { UnsubscribeClass } from '../classification'
import type { EffectContext } from './context'
import type { MatchedDelivery } from './matchDelivery'

const REASON: Record<UnsubscribeClass['via'], string> = {
  token: 'Unsubscribed by the email’s unsubscribe link',
  reply: 'Asked to unsubscribe in a reply',
  subject: 'Asked to unsubscribe by email',
}

export function applyUnsubscribe(
  ctx: EffectContext,
  c: UnsubscribeClass,
  d: MatchedDelivery | undefined,
  email: string,
): void {
  const { db, log, now, message } = ctx
  if (d) {
    markFeedback(db, {
      deliveryId: d.id,
      campaignId: d.campaign_id,
      mark: 'unsubscribed_at',
      at: message.receivedAt,
    })
  }
  insertSuppression(db, email, REASON[c.via], now, 'unsubscribe', ctx.evidenceId)
  log.write(db, {
    level: 'info',
    kind: 'feedback.unsubscribed',
    campaignId: d?.campaign_id ?? null,
    deliveryId: d?.id ?? null,
    email,
    message: `${REASON[c.via]}: the address is on the do-not-send list`,
    params: { variant: c.via },
  })
}
