/**
 * The bounce a receiving server would send back for a `bounce-…@` (hard: user unknown) or
 * `softbounce-…@` (soft: mailbox full) address: an RFC 3464 report in Postfix's shape (see
 * mailbox/fixtures/postfix-hard-multipart-report.eml and soft-mailbox-full-422.eml).
 * MailComposer writes it; only the multipart/report root and the delivery-status fields are ours.
 */
import MailComposer from 'nodemailer/lib/mail-composer'
import type { CapturedMessage } from './capturedMessage'
import { headerBlock } from './headerBlock'
import { TEST_INBOX_DOMAIN } from './names'

export type MadeUpBounce = 'hard' | 'soft'

const FAILURE = {
  hard: {
    status: '5.1.1',
    reply: (to: string) => `550 5.1.1 <${to}>: Recipient address rejected: User unknown`,
    why: 'The address does not exist: do not write to it again.',
  },
  soft: {
    status: '4.2.2',
    reply: (to: string) => `452 4.2.2 <${to}>: Mailbox full, try again later`,
    why: 'The mailbox is full: a later message may get through.',
  },
} as const

/** Postfix folds the server's reply at about 72 columns, going on indented. */
function folded(line: string): string[] {
  const lines: string[] = []
  let current = ''
  for (const word of line.split(' ')) {
    if (current !== '' && current.length + 1 + word.length > 72) {
      lines.push(current)
      current = `    ${word}`
    } else current = current === '' ? word : `${current} ${word}`
  }
  return [...lines, current]
}

/** The human-readable part, as Postfix words it, and a line saying where this one came from. */
function notice(kind: MadeUpBounce, recipient: string): string {
  const failure = FAILURE[kind]
  return [
    `This is the mail system at host ${TEST_INBOX_DOMAIN}.`,
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients. The headers of the',
    'returned message are attached below.',
    '',
    '                   The mail system',
    '',
    ...folded(
      `<${recipient}>: host said: ${failure.reply(recipient)} (in reply to RCPT TO command)`,
    ),
    '',
    `Outbox's test inbox made up this notice because the address starts with`,
    `"${kind === 'hard' ? 'bounce-' : 'softbounce-'}". ${failure.why}`,
    '',
  ].join('\r\n')
}

/**
 * The message/delivery-status body (RFC 3464 section 2): a per-message block, a blank line, a
 * per-recipient block. MailComposer has no notion of these fields, so they are written here.
 */
function deliveryStatus(kind: MadeUpBounce, recipient: string, arrival: Date): string {
  const failure = FAILURE[kind]
  return [
    `Reporting-MTA: dns; ${TEST_INBOX_DOMAIN}`,
    `Arrival-Date: ${arrival.toUTCString().replace('GMT', '+0000')}`,
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    `Original-Recipient: rfc822;${recipient}`,
    'Action: failed',
    `Status: ${failure.status}`,
    `Diagnostic-Code: smtp; ${failure.reply(recipient)}`,
    '',
  ].join('\r\n')
}

export async function buildBounce(
  kind: MadeUpBounce,
  original: CapturedMessage,
  recipient: string,
  now: Date,
): Promise<Buffer> {
  // As text and with no encoding asked for: the node leaves plain ASCII text of short lines as
  // 7bit (a Buffer would be quoted-printable, an attachment base64), else it picks one itself.
  const returnedHeaders = headerBlock(original.raw).toString('utf8')
  const composer = new MailComposer({
    from: { name: 'Mail Delivery System', address: `MAILER-DAEMON@${TEST_INBOX_DOMAIN}` },
    to: original.envelopeFrom,
    subject: 'Undelivered Mail Returned to Sender',
    date: now,
    headers: { 'Return-Path': '<>', 'Auto-Submitted': 'auto-replied' },
    text: notice(kind, recipient),
    attachments: [
      {
        contentType: 'message/delivery-status',
        content: deliveryStatus(kind, recipient, now),
        headers: { 'Content-Description': 'Delivery report' },
      },
      {
        contentType: 'text/rfc822-headers',
        content: returnedHeaders,
        contentDisposition: 'inline',
        contentTransferEncoding: false,
        filename: false,
        headers: { 'Content-Description': 'Undelivered Message Headers' },
      },
    ],
    disableFileAccess: true,
    disableUrlAccess: true,
    newline: 'win',
  })
  const root = composer.compile()
  // MailComposer makes text + attachments multipart/mixed; a report is the same tree under
  // another root type (RFC 6522), and the node takes the boundary from its own header at build.
  root.setHeader('Content-Type', 'multipart/report; report-type=delivery-status')
  return root.build()
}
