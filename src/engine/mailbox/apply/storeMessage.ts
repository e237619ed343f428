/** The message itself, kept as evidence: once per (account, folder, uidValidity, uid). */
import type { FeedbackKind } from '@shared/contract'
import { insertMailboxMessage } from '../../db/mailboxMessages'
import type { Db } from '../../db/open'
import type { ReadMessage } from '../readMessage'
import type { MatchedDelivery } from './matchDelivery'

const KIND: Record<ReadMessage['class']['kind'], FeedbackKind> = {
  bounce: 'bounce',
  'auto-reply': 'autoReply',
  reply: 'reply',
  unsubscribe: 'unsubscribe',
}

/** The message's row id, or undefined when it was recorded before (a repeat changes nothing). */
export function storeMessage(
  db: Db,
  m: ReadMessage,
  p: { delivery: MatchedDelivery | undefined; email: string | null; now: number },
): number | undefined {
  const c = m.class
  const bounce = c.kind === 'bounce' ? c : null
  return insertMailboxMessage(db, {
    account_id: m.accountId,
    folder: m.folder,
    uid_validity: m.uidValidity,
    uid: m.uid,
    kind: KIND[c.kind],
    severity: bounce?.severity ?? null,
    status: bounce?.status ?? null,
    diagnostic: bounce?.diagnosticCode ?? null,
    email: p.email,
    campaign_id: p.delivery?.campaign_id ?? null,
    delivery_id: p.delivery?.id ?? null,
    message_id: m.messageId,
    mail_from: m.from,
    subject: m.subject,
    first_lines: m.firstLines,
    received_at: m.receivedAt,
    read_at: p.now,
    raw: m.raw,
    truncated: m.truncated ? 1 : 0,
  })
}
