/**
 * What an imapflow error means in the port's words: a reason, the step it stopped at, and the
 * server's or the system's own words as detail. imapflow's error codes and flags are read here
 * only, so nothing past `imap/` depends on them.
 */
import {
  MailboxError,
  type MailboxFailureReason,
  type MailboxFailureStep,
} from '@engine/mailbox/source'

/** The fields imapflow and Node put on the errors it rejects with. */
export interface ImapflowError extends Error {
  code?: string
  authenticationFailed?: boolean
  tlsFailed?: boolean
  mailboxMissing?: boolean
  serverResponseCode?: string
  /** `NO` or `BAD` when the server refused the command. */
  responseStatus?: string
  responseText?: string
  /** The server's BYE text, when it closed the session with one. */
  reason?: string
}

/** How far a session got, read from the client when it failed. */
export interface SessionProgress {
  connected: boolean
  greeted: boolean
  loggedIn: boolean
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NODATA', 'EAI_NONAME'])
// Node's TLS errors: certificates (CERT_*, *_SELF_SIGNED_*, UNABLE_TO_*) and OpenSSL (ERR_SSL_*).
const TLS_CODE =
  /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL_)/
/** imapflow's words for "the connection is gone" (its own codes, and the socket's). */
const GONE_CODES = new Set([
  'NoConnection',
  'EConnectionClosed',
  'StateLogout',
  'ClosedAfterConnectText',
  'ClosedAfterConnectTLS',
  'ECONNRESET',
  'EPIPE',
])
const TIMEOUT_CODES = new Set([
  'ETIMEDOUT',
  'ETIMEOUT',
  'CONNECT_TIMEOUT',
  'GREETING_TIMEOUT',
  'UPGRADE_TIMEOUT',
])

/**
 * The reason for a failure. `during` says whether the session was still being set up (connect,
 * TLS, greeting, login) or was already open: a dropped connection is then `closed`.
 */
export function failureReason(
  error: ImapflowError,
  progress: SessionProgress,
  during: 'setup' | 'session',
): MailboxFailureReason {
  const code = error.code ?? ''
  if (DNS_CODES.has(code)) return 'dns'
  if (code === 'ECONNREFUSED') return 'refused'
  if (TIMEOUT_CODES.has(code)) return 'timeout'
  if (error.tlsFailed === true || TLS_CODE.test(code) || code === 'STARTTLS_INJECTION') return 'tls'
  if (error.authenticationFailed === true) return 'auth'
  if (error.mailboxMissing === true) return 'folder'
  if (GONE_CODES.has(code)) {
    if (during === 'session') return 'closed'
    // Turned away before or instead of its greeting (a BYE, a closed socket): the greeting step.
    return progress.greeted ? 'network' : 'greeting'
  }
  return 'network'
}

/** The step a failure stopped at: named by the reason, else by how far the session got. */
export function failureStep(
  reason: MailboxFailureReason,
  error: ImapflowError,
  progress: SessionProgress,
): MailboxFailureStep | null {
  switch (reason) {
    case 'dns':
      return 'dns'
    case 'refused':
      return 'connect'
    case 'tls':
      return 'tls'
    case 'auth':
      return 'login'
    case 'greeting':
      return 'greeting'
    case 'folder':
      return 'folder'
  }
  if (error.code === 'GREETING_TIMEOUT') return 'greeting'
  if (error.code === 'UPGRADE_TIMEOUT') return 'tls'
  if (error.code === 'CONNECT_TIMEOUT' || !progress.connected) return 'connect'
  if (!progress.greeted) return 'greeting'
  if (!progress.loggedIn) return 'login'
  return null
}

/** The server's or the system's own words: the reply text when the server refused, else the message. */
export function failureDetail(error: ImapflowError): string {
  return error.reason ?? error.responseText ?? error.message
}

/** An imapflow (or socket) error as the port's MailboxError. */
export function toMailboxError(
  error: unknown,
  progress: SessionProgress,
  during: 'setup' | 'session',
  what: string,
  /** What the server refusing this command (NO, BAD) means, e.g. `folder` for SELECT. */
  refusal?: MailboxFailureReason,
): MailboxError {
  if (error instanceof MailboxError) return error
  const e = (error instanceof Error ? error : new Error(String(error))) as ImapflowError
  const refused = e.responseStatus === 'NO' || e.responseStatus === 'BAD'
  const reason = refused && refusal ? refusal : failureReason(e, progress, during)
  const step = failureStep(reason, e, progress)
  return new MailboxError(`${what}: ${e.message}`, reason, step, failureDetail(e))
}
