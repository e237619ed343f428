/**
 * Builds the full RFC 5322 message for one delivery with nodemailer's MailComposer. The
 * Message-ID is given, not generated, so a resend after a crash is the very same message.
 */
import type { KeyObject } from 'node:crypto'
import DKIM from 'nodemailer/lib/dkim'
import MailComposer from 'nodemailer/lib/mail-composer'
import type { MailComposerAttachment } from 'nodemailer/lib/mail-composer'
import type { RenderedMessage } from './render'
import { safeFileName } from '@shared/fileName'

export interface MimeInput {
  from: { name: string; address: string }
  to: string
  replyTo?: string | null
  /** With or without the angle brackets */
  messageId: string
  date: Date
  /** The preheader is already in the HTML: the message needs nothing more of it. */
  rendered: Omit<RenderedMessage, 'preheader'>
  /** Extra headers such as List-Unsubscribe; the standard ones come from their own fields */
  headers?: Record<string, string>
  /** Sign with DKIM (relaxed/relaxed, rsa-sha256), by nodemailer's own signer */
  dkim?: { domainName: string; keySelector: string; privateKey: KeyObject | string } | null
  /** Files sent with the message as regular attachments (the rendered images go inline) */
  files?: MimeFile[]
}

export interface MimeFile {
  filename: string
  contentType: string
  content: Buffer
}

// RFC 5322 field-name: printable ASCII except the colon, so no CR/LF can sneak in by the name.
const FIELD_NAME = /^[!-9;-~]+$/

// These are set from MimeInput's own fields or shape the MIME tree; a custom copy would either
// be ignored by the composer or break the structure.
const RESERVED = new Set([
  'from',
  'sender',
  'to',
  'cc',
  'bcc',
  'reply-to',
  'subject',
  'message-id',
  'date',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'content-disposition',
  'content-id',
])

// eslint-disable-next-line no-control-regex
const BREAKS = /[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]+/g

/** One header line. nodemailer turns CR/LF into spaces too; we do not rely on it alone. */
function oneLine(value: string): string {
  return value.replace(BREAKS, ' ').trim()
}

/**
 * An address is refused rather than cleaned: "a@b\r\nBcc: c@d" made into one line still
 * parses as something else than the recipient that was meant.
 */
function address(value: string, field: string): string {
  const trimmed = value.trim()
  if (!trimmed || trimmed.replace(BREAKS, '') !== trimmed) {
    throw new Error(`Invalid ${field} address ${JSON.stringify(value)}`)
  }
  return trimmed
}

function customHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!FIELD_NAME.test(name)) throw new Error(`Invalid header name ${JSON.stringify(name)}`)
    if (RESERVED.has(name.toLowerCase())) {
      throw new Error(`The ${name} header cannot be set as a custom header`)
    }
    out[name] = oneLine(String(value))
  }
  return out
}

function attachments(rendered: MimeInput['rendered'], files: MimeFile[]): MailComposerAttachment[] {
  const images = rendered.attachments.map((a): MailComposerAttachment => {
    // Bytes only: a path or URL smuggled in here must never be followed.
    if (!Buffer.isBuffer(a.content)) throw new Error(`Image "${a.cid}" has no content`)
    return {
      cid: a.cid,
      filename: safeFileName(a.filename, 'image'),
      contentType: a.contentType,
      content: a.content,
      contentDisposition: 'inline',
    }
  })
  const regular = files.map((f): MailComposerAttachment => {
    if (!Buffer.isBuffer(f.content)) throw new Error(`Attachment "${f.filename}" has no content`)
    return {
      filename: safeFileName(f.filename, 'attachment'),
      contentType: f.contentType,
      content: f.content,
      contentDisposition: 'attachment',
    }
  })
  return [...images, ...regular]
}

/** Async throughout: a bad input rejects like a failed build, never throws synchronously. */
export async function buildMime(input: MimeInput): Promise<Buffer> {
  const { rendered } = input
  const composer = new MailComposer({
    from: { name: oneLine(input.from.name), address: address(input.from.address, 'From') },
    to: address(input.to, 'To'),
    ...(input.replyTo ? { replyTo: address(input.replyTo, 'Reply-To') } : {}),
    messageId: oneLine(input.messageId),
    date: input.date,
    subject: oneLine(rendered.subject),
    text: rendered.text,
    html: rendered.html,
    attachments: attachments(rendered, input.files ?? []),
    headers: customHeaders(input.headers),
    // Belt and braces with the Buffer-only attachments: the composer itself refuses paths/URLs.
    disableFileAccess: true,
    disableUrlAccess: true,
    // SMTP wants CRLF line ends everywhere, not just in the headers.
    newline: 'win',
  })
  const mime = composer.compile()
  const dkim = input.dkim
  if (dkim) mime.processFunc((message) => new DKIM(dkim).sign(message))
  const raw = await mime.build()
  // nodemailer's signer sends the message unsigned when the key fails: refuse that instead.
  if (dkim && !raw.subarray(0, 16).toString('latin1').startsWith('DKIM-Signature:')) {
    throw new Error(`DKIM signing for ${dkim.domainName} failed: check the account's DKIM key`)
  }
  return raw
}
