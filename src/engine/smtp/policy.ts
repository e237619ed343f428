/**
 * What an SMTP reply means for the queue (docs/architecture.md, "SMTP reply policy"), as one
 * pure function.
 * Classify by the numeric reply code first, then by nodemailer's error code; the phase
 * (which command failed, and whether the message's final dot had gone out) decides between
 * "retry" and "uncertain" when there is no reply at all.
 */

export type Verdict =
  /** Slow the whole account down; the recipient's attempt is not used up. */
  | { kind: 'throttle' }
  /** This recipient only: try again later, until attempts run out. */
  | { kind: 'retry' }
  /** The message may have been accepted: never resend without the user's word. */
  | { kind: 'uncertain' }
  /** The account's settings or credentials are wrong: stop the campaign, fail no one. */
  | { kind: 'account' }
  /** The server refuses this sender: stop the campaign. */
  | { kind: 'sender-refused' }
  /** A sending quota is used up: pause the campaign until the quota window resets. */
  | { kind: 'quota' }
  /** The message itself was refused (content): this recipient fails; the campaign pauses after a few. */
  | { kind: 'content-rejected' }
  /** Permanent for this recipient; `suppress` when the mailbox does not exist. */
  | { kind: 'failed'; suppress: boolean }

export interface SmtpFailure {
  /** Three-digit SMTP reply code, when the server answered. */
  responseCode?: number
  /** nodemailer's error code: ECONNECTION, ETIMEDOUT, EAUTH, EENVELOPE… */
  code?: string
  /** The server's reply text (or the error message). */
  response?: string
  /** The SMTP command that failed, as nodemailer reports it: 'MAIL FROM', 'RCPT TO', 'DATA'… */
  command?: string
  /**
   * True once the final dot that ends the message's data may have gone out: before it, a
   * server delivers nothing, whatever part of the body it holds.
   */
  dotSent: boolean
}

const ENHANCED = /^\d{3}[ -]([245]\.\d{1,3}\.\d{1,3})\b/

/** "5.1.1" from "550 5.1.1 <x@y>: user unknown", or null. */
export function enhancedCode(response: string | undefined): string | null {
  return response?.match(ENHANCED)?.[1] ?? null
}

const QUOTA_TEXT = /quota|sending limit|daily limit|limit exceeded|exceeded .*limit/i
const RATE_TEXT = /too many|rate limit|\brate\b|throttl|slow down/i
const ACCOUNT_CODES = new Set(['EAUTH', 'ETLS', 'ECONFIG', 'ENOAUTH', 'EREQUIRETLS'])

export function classify(failure: SmtpFailure): Verdict {
  const { responseCode: reply, code, response = '', command = '' } = failure
  const enhanced = enhancedCode(response) ?? ''
  const atRcpt = command.startsWith('RCPT')
  const atMail = command.startsWith('MAIL')

  if (code === 'EENVELOPE' && reply === undefined) return { kind: 'failed', suppress: false }
  // TLS, authentication and configuration errors are the account's, whatever code came with
  // them (a server without STARTTLS answers 500 to it).
  if (code && ACCOUNT_CODES.has(code)) return { kind: 'account' }

  if (reply !== undefined) {
    if (reply === 530 || reply === 535 || (command.startsWith('AUTH') && reply >= 500)) {
      return { kind: 'account' }
    }
    // A full mailbox (x.2.2) is that recipient's, even when its words say "over quota".
    if (enhanced === '4.2.2' || enhanced === '5.2.2') {
      return reply < 500 ? { kind: 'retry' } : { kind: 'failed', suppress: false }
    }
    // Only a reply that names a quota pauses the campaign for the quota window; 4.4.5 (mail
    // system congestion, RFC 3463) alone is a reason to slow down, not to stop.
    if (enhanced === '5.4.5' || QUOTA_TEXT.test(response)) return { kind: 'quota' }
    if (
      reply === 421 ||
      enhanced.startsWith('4.7.') ||
      enhanced === '4.4.5' ||
      (reply < 500 && RATE_TEXT.test(response))
    ) {
      return { kind: 'throttle' }
    }
    if (reply >= 400 && reply < 500) return { kind: 'retry' }
    if (atMail) return { kind: 'sender-refused' }
    if (atRcpt) {
      const mailboxMissing = [550, 551, 553].includes(reply) && enhanced.startsWith('5.1.')
      return { kind: 'failed', suppress: mailboxMissing }
    }
    if ((reply === 554 || reply === 552) && (command === 'DATA' || failure.dotSent)) {
      return { kind: 'content-rejected' }
    }
    return { kind: 'failed', suppress: false }
  }

  // No reply at all (a lost connection, a timeout, DNS, a stream error, a bug): if the final
  // dot had gone out, the message may have arrived; otherwise it is safe to try again.
  return failure.dotSent ? { kind: 'uncertain' } : { kind: 'retry' }
}
