/**
 * The plainest RecordMessage: keeps every recognised message as evidence, matched to nothing.
 * The reader's tests record through it, so what they see is what the reader read, whatever
 * mailbox/apply's matching would make of it (its own tests cover that).
 */
import type { Clock } from '@shared/clock'
import type { FeedbackKind } from '@shared/contract'
import { insertMailboxMessage } from '@engine/db/mailboxMessages'
import type { Db } from '@engine/db/open'
import type { ReadMessage, RecordMessage } from '@engine/mailbox/readMessage'

const KINDS: Record<ReadMessage['class']['kind'], FeedbackKind> = {
  bounce: 'bounce',
  'auto-reply': 'autoReply',
  reply: 'reply',
  unsubscribe: 'unsubscribe',
}

export function storeReadMessage(deps: { db: Db; clock: Clock }): RecordMessage {
  return (m) => {
    const c = m.class
    const bounce = c.kind === 'bounce' ? c : null
    insertMailboxMessage(deps.db, {
      account_id: m.accountId,
      folder: m.folder,
      uid_validity: m.uidValidity,
      uid: m.uid,
      kind: KINDS[c.kind],
      severity: bounce?.severity ?? null,
      status: bounce?.status ?? null,
      diagnostic: bounce?.diagnosticCode ?? null,
      email: c.kind === 'bounce' ? c.recipient : c.from,
      campaign_id: null,
      delivery_id: null,
      message_id: m.messageId,
      mail_from: m.from,
      subject: m.subject,
      first_lines: m.firstLines,
      received_at: m.receivedAt,
      read_at: deps.clock.now(),
      raw: m.raw,
      truncated: m.truncated ? 1 : 0,
    })
    return { recognised: true }
  }
}
