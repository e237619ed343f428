/**
 * Whether a message without a delivery-status part is a bounce all the same, by its shape rather
 * than by one provider's wording: a sender that is a mail system (mailer-daemon, postmaster, an
 * empty return path) together with evidence of a failed delivery (an enhanced status code,
 * X-Failed-Recipients, a returned original, a failure subject).
 */
import { findStatusCode } from './statusCode'
import { header, type ReceivedMessage } from './receivedMessage'

const DAEMON_LOCAL_PART =
  /^(?:mailer-daemon|mailer_daemon|mailerdaemon|mail-daemon|postmaster|mail-delivery-subsystem|mdaemon|mailer)$/i

const DAEMON_NAME =
  /mail delivery (?:system|subsystem|service)|mailer.daemon|postmaster|систем[аы] доставки/i

const FAILURE_SUBJECT =
  /undeliver|undelivered|delivery (?:status notification|failure|failed|has failed|problem|incomplete|delayed)|returned mail|mail delivery failed|failure notice|could not be delivered|returned to sender|non-?delivery|недоставлен|не доставлен|не удалось доставить|ошибка доставки|возврат/i

export function fromMailSystem(msg: ReceivedMessage): boolean {
  const local = msg.from?.split('@')[0] ?? ''
  return DAEMON_LOCAL_PART.test(local) || DAEMON_NAME.test(msg.fromName)
}

export function hasFailureSubject(msg: ReceivedMessage): boolean {
  return FAILURE_SUBJECT.test(msg.subject)
}

export function looksLikeBounce(msg: ReceivedMessage, autoReplied: boolean): boolean {
  const failedRecipients = header(msg, 'x-failed-recipients') !== ''
  const code = findStatusCode(msg.text) !== null
  const original = msg.originals.length > 0
  if (fromMailSystem(msg)) {
    return failedRecipients || code || original || hasFailureSubject(msg)
  }
  // An auto-reply has an empty return path too (RFC 3834); it is no bounce for that.
  if (msg.returnPath === '' && !autoReplied) {
    return failedRecipients || (hasFailureSubject(msg) && (code || original))
  }
  return false
}
