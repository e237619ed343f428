/** The test inbox as the window reads it: summaries, one message parsed, clear. */
import { simpleParser, type AddressObject } from 'mailparser'
import type { InboxMessage, InboxSummary } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import { selectInboxMessages, selectInboxRaw, type InboxRow } from '../db/inbox'
import type { Db } from '../db/open'

/** Attachments up to this size come with their bytes, for the preview. */
const INLINE_BYTES = 2 * 1024 * 1024

export function inboxSummary(row: InboxRow): InboxSummary {
  return {
    id: row.id,
    receivedAt: row.received_at,
    from: row.mail_from,
    to: JSON.parse(row.rcpt_to) as string[],
    subject: row.subject,
    messageId: row.message_id,
    size: row.size,
  }
}

export function listInbox(db: Db, p: { beforeId: number | null; limit: number }) {
  return selectInboxMessages(db, p).map(inboxSummary)
}

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return ''
  return (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ')
}

export async function readInboxMessage(db: Db, id: number): Promise<InboxMessage> {
  const raw = selectInboxRaw(db, id)
  if (!raw) {
    throw new OutboxError('not_found', `No message ${id} in the test inbox`, undefined, {
      reason: 'inbox.notFound',
    })
  }
  const row = selectInboxMessages(db, { beforeId: id + 1, limit: 1 })[0]!
  const parsed = await simpleParser(raw, { skipTextToHtml: true })
  return {
    ...inboxSummary(row),
    headerFrom: addresses(parsed.from),
    headerTo: addresses(parsed.to),
    date: parsed.date ? parsed.date.getTime() : null,
    headers: parsed.headerLines.map((h) => ({ key: h.key, line: h.line })),
    html: typeof parsed.html === 'string' ? parsed.html : null,
    text: parsed.text ?? null,
    attachments: parsed.attachments.map((a) => ({
      filename: a.filename ?? null,
      contentType: a.contentType,
      size: a.size,
      cid: a.cid ?? null,
      inline: a.contentDisposition === 'inline',
      dataBase64: a.size <= INLINE_BYTES ? a.content.toString('base64') : null,
    })),
  }
}
