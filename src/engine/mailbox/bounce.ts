/** A bounce read from a received message: an RFC 3464 report, or a notice of the same shape. */
import type { BounceClass } from './classification'
import { looksLikeBounce } from './bounceShape'
import { readDeliveryStatus, type DsnRecipient } from './deliveryStatus'
import { findOriginalMessageId } from './originalMessageId'
import { header, type ReceivedMessage } from './receivedMessage'
import { findSmtpCode, findStatusCode, severityOf } from './statusCode'

const NOT_A_FAILURE = new Set(['delivered', 'relayed', 'expanded'])
const ADDRESS = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g

function fromReport(
  msg: ReceivedMessage,
  isOurs: (id: string) => boolean,
): BounceClass | 'success' | null {
  const report = msg.deliveryStatus.map(readDeliveryStatus).find((r) => r.recipients.length > 0)
  if (!report) return null
  const failed = report.recipients.filter((r) => !NOT_A_FAILURE.has(r.action ?? ''))
  const first: DsnRecipient | undefined = failed[0]
  if (!first) return 'success'
  // A block without Status (a cut or sloppy report) borrows the code from the human-readable part.
  const status =
    first.status ?? findStatusCode(first.diagnosticCode ?? '') ?? findStatusCode(msg.text)
  const original = findOriginalMessageId(msg, isOurs)
  return {
    kind: 'bounce',
    severity: severityOf({
      status,
      action: first.action,
      smtpCode: findSmtpCode(first.diagnosticCode ?? ''),
      text: first.diagnosticCode ?? '',
    }),
    standard: true,
    recipient: first.finalRecipient ?? first.originalRecipient,
    action: first.action,
    status,
    diagnosticCode: first.diagnosticCode,
    reportingMta: report.reportingMta,
    recipients: report.recipients,
    originalMessageId: original.messageId,
    originalIsOurs: original.isOurs,
  }
}

/** The failed address: X-Failed-Recipients, else the first stranger named in the text. */
function failedRecipient(msg: ReceivedMessage): string | null {
  const listed = header(msg, 'x-failed-recipients').match(ADDRESS)?.[0]
  if (listed) return listed
  const ownAddresses = new Set([...msg.to, msg.from ?? ''].map((a) => a.toLowerCase()))
  // A Message-ID looks like an address; its lines are left out.
  const text = msg.text.replace(/^.*(?:message-id|in-reply-to|references):.*$/gim, '')
  const named = (text.match(ADDRESS) ?? []).find(
    (a) => !ownAddresses.has(a.toLowerCase()) && !/^(?:mailer-daemon|postmaster)@/i.test(a),
  )
  return named ?? null
}

function fromShape(msg: ReceivedMessage, isOurs: (id: string) => boolean): BounceClass {
  const status = findStatusCode(msg.text)
  const diagnostic = diagnosticLine(msg.text)
  const original = findOriginalMessageId(msg, isOurs)
  return {
    kind: 'bounce',
    severity: severityOf({ status, smtpCode: findSmtpCode(msg.text), text: msg.text }),
    standard: false,
    recipient: failedRecipient(msg),
    // A notice without a report says nothing as exact as an Action.
    action: null,
    status,
    diagnosticCode: diagnostic,
    reportingMta: msg.from?.split('@')[1] ?? null,
    recipients: [],
    originalMessageId: original.messageId,
    originalIsOurs: original.isOurs,
  }
}

/** The line that carries the remote server's reply: the first one with a status or SMTP code. */
function diagnosticLine(text: string): string | null {
  for (const line of text.split(/\r?\n/)) {
    if (findStatusCode(line) || /^\s*[45]\d\d[ -]/.test(line)) return line.trim()
  }
  return null
}

export function readBounce(
  msg: ReceivedMessage,
  isOurs: (id: string) => boolean,
  autoReplied: boolean,
): BounceClass | null {
  const report = fromReport(msg, isOurs)
  if (report === 'success') return null
  if (report) return report
  return looksLikeBounce(msg, autoReplied) ? fromShape(msg, isOurs) : null
}
