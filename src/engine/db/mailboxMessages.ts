/** One statement per function: the messages read from a mailbox that meant something. */
import type { FeedbackKind } from '@shared/contract'
import type { Db } from './open'
import { prepared } from './prepared'

export interface MailboxMessageRow {
  id: number
  account_id: number
  folder: string
  uid_validity: string
  uid: number
  kind: FeedbackKind
  severity: 'hard' | 'soft' | null
  status: string | null
  diagnostic: string | null
  email: string | null
  campaign_id: number | null
  delivery_id: number | null
  message_id: string | null
  mail_from: string
  subject: string | null
  first_lines: string
  received_at: number
  read_at: number
  raw: Buffer
  truncated: number
}

export type MailboxMessageFields = Omit<MailboxMessageRow, 'id'>

/** Records a message once; a second read of the same UID changes nothing (undefined). */
export function insertMailboxMessage(db: Db, m: MailboxMessageFields): number | undefined {
  const info = prepared(
    db,
    `INSERT INTO mailbox_messages (account_id, folder, uid_validity, uid, kind, severity, status,
       diagnostic, email, campaign_id, delivery_id, message_id, mail_from, subject, first_lines,
       received_at, read_at, raw, truncated)
     VALUES (@account_id, @folder, @uid_validity, @uid, @kind, @severity, @status, @diagnostic,
       @email, @campaign_id, @delivery_id, @message_id, @mail_from, @subject, @first_lines,
       @received_at, @read_at, @raw, @truncated)
     ON CONFLICT (account_id, folder, uid_validity, uid) DO NOTHING`,
  ).run(m)
  return info.changes === 1 ? Number(info.lastInsertRowid) : undefined
}

const SUMMARY = `id, account_id, folder, uid_validity, uid, kind, severity, status, diagnostic, email,
  campaign_id, delivery_id, message_id, mail_from, subject, first_lines, received_at, read_at,
  truncated`

export type MailboxMessageSummaryRow = Omit<MailboxMessageRow, 'raw'>

/** A campaign's messages, newest first, optionally of one kind. */
export function selectCampaignMessages(
  db: Db,
  p: { campaignId: number; kind: FeedbackKind | null; limit: number; offset: number },
): MailboxMessageSummaryRow[] {
  return prepared(
    db,
    `SELECT ${SUMMARY} FROM mailbox_messages
     WHERE campaign_id = @campaignId AND (@kind IS NULL OR kind = @kind)
     ORDER BY id DESC LIMIT @limit OFFSET @offset`,
  ).all(p) as MailboxMessageSummaryRow[]
}

export function countCampaignMessages(
  db: Db,
  p: { campaignId: number; kind: FeedbackKind | null },
): number {
  return prepared(
    db,
    `SELECT count(*) FROM mailbox_messages
     WHERE campaign_id = @campaignId AND (@kind IS NULL OR kind = @kind)`,
  )
    .pluck()
    .get(p) as number
}

export function selectMailboxMessage(db: Db, id: number): MailboxMessageRow | undefined {
  return prepared(db, 'SELECT * FROM mailbox_messages WHERE id = ?').get(id) as
    MailboxMessageRow | undefined
}

/**
 * Whether this message (by its own Message-ID) was recorded on this delivery before: read
 * again under a new UIDVALIDITY, or in another watched folder it was moved to.
 */
export function hasDeliveryMessage(db: Db, deliveryId: number, messageId: string): boolean {
  return (
    prepared(db, 'SELECT 1 FROM mailbox_messages WHERE delivery_id = ? AND message_id = ?')
      .pluck()
      .get(deliveryId, messageId) !== undefined
  )
}
