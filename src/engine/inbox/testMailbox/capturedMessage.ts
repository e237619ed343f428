/** What the test mailbox needs to know of a message the test inbox captured, read once. */
import type { ParsedMail } from 'mailparser'
import { idsInHeader } from '../../mailbox/messageIds'

export interface CapturedMessage {
  raw: Buffer
  /** The SMTP envelope: MAIL FROM ('' for a null sender) and every RCPT TO. */
  envelopeFrom: string
  recipients: string[]
  /** Without angle brackets. */
  messageId: string | null
  references: string[]
  subject: string
  from: { name: string; address: string } | null
  replyTo: string | null
  /** Display names the message gave its recipients, by lower-cased address. */
  recipientNames: Map<string, string>
  text: string
  date: Date | null
}

function firstAddress(value: ParsedMail['from']): { name: string; address: string } | null {
  const first = value?.value.find((a) => a.address)
  return first ? { name: first.name, address: first.address! } : null
}

export function capturedMessage(
  parsed: ParsedMail,
  raw: Buffer,
  envelope: { from: string; to: string[] },
): CapturedMessage {
  const to = Array.isArray(parsed.to) ? parsed.to : parsed.to ? [parsed.to] : []
  const recipientNames = new Map<string, string>()
  for (const a of to.flatMap((list) => list.value)) {
    if (a.address && a.name) recipientNames.set(a.address.toLowerCase(), a.name)
  }
  return {
    raw,
    envelopeFrom: envelope.from,
    recipients: envelope.to,
    messageId: idsInHeader(parsed.messageId)[0] ?? null,
    references: idsInHeader(parsed.references),
    subject: parsed.subject ?? '',
    from: firstAddress(parsed.from),
    replyTo: firstAddress(parsed.replyTo)?.address ?? null,
    recipientNames,
    text: parsed.text ?? '',
    date: parsed.date ?? null,
  }
}
