/** A reply or an automatic reply to a delivery: counted apart, the first of each only. */
import { markFeedback } from '../../db/deliveryFeedback'
import type { AutoReplyClass, ReplyClass } from '../classification'
import type { EffectContext } from './context'
import type { MatchedDelivery } from './matchDelivery'

export function applyReply(
  ctx: EffectContext,
  c: ReplyClass | AutoReplyClass,
  d: MatchedDelivery,
): void {
  const { db, log, message } = ctx
  const auto = c.kind === 'auto-reply'
  markFeedback(db, {
    deliveryId: d.id,
    campaignId: d.campaign_id,
    mark: auto ? 'auto_replied_at' : 'replied_at',
    at: message.receivedAt,
  })
  log.write(db, {
    level: 'info',
    kind: 'feedback.replied',
    campaignId: d.campaign_id,
    deliveryId: d.id,
    email: c.from ?? d.email,
    message: auto ? 'An automatic reply came back' : 'The recipient replied',
    params: { variant: auto ? 'autoReply' : 'reply' },
  })
}
