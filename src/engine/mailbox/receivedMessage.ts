/**
 * One received message, parsed once with mailparser into what the classifiers look at.
 *
 * mailparser's behaviour with reports (3.14): with `keepDeliveryStatus` a message/delivery-status
 * part comes as an attachment (without it, its text is glued onto `text`); a message/rfc822 part
 * without `Content-Disposition: inline` and a text/rfc822-headers part come as attachments holding
 * their raw bytes; an inline message/rfc822 is parsed into the tree and only its From, To, Subject
 * and Date reach `text` — its Message-ID is then read from the raw message instead.
 */
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser'
import { idsInHeader } from './messageIds'

export interface ReceivedMessage {
  /** Lower-cased header name → mailparser's value (strings, address objects, Content-Type). */
  headers: ParsedMail['headers']
  messageId: string | null
  from: string | null
  fromName: string
  to: string[]
  /** '' for a null return path (<>), null when the header is missing. */
  returnPath: string | null
  subject: string
  /** The readable text: text/plain parts, or the HTML turned to text when there is no plain part. */
  text: string
  /** The text of every message/delivery-status part. */
  deliveryStatus: string[]
  /** The text of every returned original: message/rfc822 and text/rfc822-headers parts. */
  originals: string[]
  inReplyTo: string[]
  references: string[]
  /** The whole message as text, for a last look at an original quoted in an undecoded body. */
  rawText: string
}

function addressList(value: AddressObject | AddressObject[] | undefined): string[] {
  if (!value) return []
  return (Array.isArray(value) ? value : [value])
    .flatMap((a) => a.value)
    .map((a) => a.address ?? '')
    .filter((a) => a !== '')
}

function headerText(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(headerText).join(' ')
  if (value && typeof value === 'object' && 'text' in value) return String(value.text)
  if (value && typeof value === 'object' && 'value' in value) return String(value.value)
  return ''
}

/** A header as plain text, whatever shape mailparser gave it. */
export function header(msg: ReceivedMessage, name: string): string {
  return headerText(msg.headers.get(name)).trim()
}

const DELIVERY_STATUS = new Set(['message/delivery-status', 'message/global-delivery-status'])
const ORIGINALS = new Set([
  'message/rfc822',
  'text/rfc822-headers',
  'message/global',
  'message/global-headers',
])

export async function readReceivedMessage(raw: Buffer): Promise<ReceivedMessage> {
  const parsed = await simpleParser(raw, {
    keepDeliveryStatus: true,
    skipTextToHtml: true,
    skipImageLinks: true,
    skipTextLinks: true,
  })
  const returnPath = parsed.headers.get('return-path') as AddressObject | undefined
  const from = addressList(parsed.from)[0] ?? null
  const fromName = parsed.from?.value[0]?.name ?? ''
  const text = parsed.text ?? (typeof parsed.html === 'string' ? parsed.html : '')
  return {
    headers: parsed.headers,
    messageId: idsInHeader(parsed.messageId)[0] ?? null,
    from,
    fromName,
    to: addressList(parsed.to),
    returnPath: returnPath ? (addressList(returnPath)[0] ?? '') : null,
    subject: parsed.subject ?? '',
    text,
    deliveryStatus: parsed.attachments
      .filter((a) => DELIVERY_STATUS.has(a.contentType))
      .map((a) => a.content.toString('utf8')),
    originals: parsed.attachments
      .filter((a) => ORIGINALS.has(a.contentType))
      .map((a) => a.content.toString('utf8')),
    inReplyTo: idsInHeader(parsed.inReplyTo),
    references: idsInHeader(parsed.references),
    rawText: raw.toString('utf8'),
  }
}
