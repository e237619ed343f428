/** What came back about one delivery, as the recipients table's filter names it. */
import type { DeliveryFeedback, FeedbackFilter } from '@shared/contract'

/** In the order it matters: a bounce first, then an unsubscribe request, then replies. */
export function feedbackOf(f: DeliveryFeedback): FeedbackFilter[] {
  const out: FeedbackFilter[] = []
  if (f.bounce === 'hard') out.push('bounced')
  if (f.bounce === 'soft') out.push('softBounced')
  if (f.unsubscribed) out.push('unsubscribed')
  if (f.replied) out.push('replied')
  if (f.autoReplied) out.push('autoReplied')
  return out
}

export const FEEDBACK_COLORS: Record<FeedbackFilter, string> = {
  bounced: 'red',
  softBounced: 'orange',
  unsubscribed: 'grape',
  replied: 'teal',
  autoReplied: 'gray',
}
