/**
 * Which delivery a recognised message is about. A bounce: the returned message's Message-ID,
 * else its recipient among the account's recent messages. A reply or an auto-reply: the
 * Message-ID it answers. An unsubscribe request: its token, else the Message-ID it answers,
 * else its sender among the account's recent messages.
 */
import {
  selectDeliveryByLocalPart,
  selectDeliveryByMessageId,
  selectRecentDeliveryTo,
  type MatchedDelivery,
} from '../../db/feedbackMatching'
import type { Db } from '../../db/open'
import type { BounceClass } from '../classification'
import type { ReadMessage } from '../readMessage'
import { isDeliveryToken } from './token'

export type { MatchedDelivery }

/** How far back a bounce or a request is matched by address alone: bounces come within days. */
export const RECENT_MS = 30 * 24 * 60 * 60_000

/** The classifier keeps ids without brackets; the deliveries store them with. */
function byMessageId(db: Db, id: string | null): MatchedDelivery | undefined {
  return id ? selectDeliveryByMessageId(db, `<${id}>`) : undefined
}

function byAddress(db: Db, m: ReadMessage, email: string | null): MatchedDelivery | undefined {
  if (!email) return undefined
  const since = m.receivedAt - RECENT_MS
  return selectRecentDeliveryTo(db, { accountId: m.accountId, email, since })
}

/** The addresses a bounce names: its first failed recipient, then every block's. */
function bouncedAddresses(c: BounceClass): string[] {
  const all = [c.recipient, ...c.recipients.flatMap((r) => [r.finalRecipient, r.originalRecipient])]
  return [...new Set(all.filter((a): a is string => !!a))]
}

export function matchDelivery(db: Db, m: ReadMessage): MatchedDelivery | undefined {
  const c = m.class
  switch (c.kind) {
    case 'bounce': {
      const found = byMessageId(db, c.originalMessageId)
      if (found) return found
      for (const email of bouncedAddresses(c)) {
        const match = byAddress(db, m, email)
        if (match) return match
      }
      return undefined
    }
    case 'reply':
    case 'auto-reply':
      return byMessageId(db, c.inReplyTo)
    case 'unsubscribe':
      return (
        // Our hex is lower-case; a mail program may have changed the subject's case.
        (c.token && isDeliveryToken(c.token)
          ? selectDeliveryByLocalPart(db, c.token.toLowerCase())
          : undefined) ??
        byMessageId(db, c.inReplyTo) ??
        byAddress(db, m, c.from)
      )
  }
}
