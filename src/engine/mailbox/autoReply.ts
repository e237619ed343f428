/**
 * Auto-replies: RFC 3834 Auto-Submitted (any value but "no"), the older X-Autoreply /
 * X-Autorespond headers, Precedence: auto_reply, and the usual out-of-office subjects.
 */
import { header, type ReceivedMessage } from './receivedMessage'

const OUT_OF_OFFICE_SUBJECT =
  /^\s*(?:auto(?:matic)?[ -]?(?:reply|response|answer)|autoreply|auto:|out of (?:the )?office|away from (?:the )?office|on vacation|автоответ|автоматический ответ|вне офиса|нет на месте|в отпуске|я в отпуске)/iu

export function isAutoReply(msg: ReceivedMessage): boolean {
  const autoSubmitted = header(msg, 'auto-submitted').split(';')[0]!.trim().toLowerCase()
  if (autoSubmitted !== '' && autoSubmitted !== 'no') return true
  for (const name of ['x-autoreply', 'x-autorespond', 'x-autoresponder']) {
    const value = header(msg, name).toLowerCase()
    if (msg.headers.has(name) && value !== 'no' && value !== 'false') return true
  }
  if (header(msg, 'precedence').toLowerCase() === 'auto_reply') return true
  return OUT_OF_OFFICE_SUBJECT.test(msg.subject)
}
