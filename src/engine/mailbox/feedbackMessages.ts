/** The messages a campaign got back, as the window lists them and opens one. */
import { simpleParser } from 'mailparser'
import type { FeedbackKind, FeedbackMessage, FeedbackMessageView } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import {
  countCampaignMessages,
  selectCampaignMessages,
  selectMailboxMessage,
  type MailboxMessageSummaryRow,
} from '../db/mailboxMessages'
import type { Db } from '../db/open'

export function feedbackMessage(row: MailboxMessageSummaryRow): FeedbackMessage {
  return {
    id: row.id,
    kind: row.kind,
    severity: row.severity,
    status: row.status,
    diagnostic: row.diagnostic,
    email: row.email,
    campaignId: row.campaign_id,
    deliveryId: row.delivery_id,
    from: row.mail_from,
    subject: row.subject,
    receivedAt: row.received_at,
    firstLines: row.first_lines,
    folder: row.folder,
  }
}

export function listFeedbackMessages(
  db: Db,
  p: { campaignId: number; kind: FeedbackKind | null; limit: number; offset: number },
): { total: number; items: FeedbackMessage[] } {
  return {
    total: countCampaignMessages(db, p),
    items: selectCampaignMessages(db, p).map(feedbackMessage),
  }
}

/** The stored message parsed; its HTML is shown only in the window's sandboxed frame. */
export async function readFeedbackMessage(db: Db, id: number): Promise<FeedbackMessageView> {
  const row = selectMailboxMessage(db, id)
  if (!row) {
    throw new OutboxError('not_found', `No message ${id} read from a mailbox`, undefined, {
      reason: 'mailbox.messageNotFound',
    })
  }
  const parsed = await simpleParser(row.raw, { skipTextToHtml: true, keepDeliveryStatus: true })
  return {
    ...feedbackMessage(row),
    headers: parsed.headerLines.map((h) => ({ key: h.key, line: h.line })),
    html: typeof parsed.html === 'string' ? parsed.html : null,
    text: parsed.text ?? null,
    truncated: row.truncated === 1,
  }
}
