/**
 * "Test connection": connect, greet, secure (TLS or STARTTLS as configured), log in when a
 * user name is set, then QUIT — and name what failed in a word the window can explain.
 * The whole test is bounded by one timeout, DNS included.
 */
import SMTPConnection from 'nodemailer/lib/smtp-connection'
import { connectionOptions, type SmtpEndpoint } from './session'

export type ConnectionFailure =
  'dns' | 'refused' | 'tls' | 'auth' | 'timeout' | 'greeting' | 'network' | 'config'

export interface ConnectionTestResult {
  ok: boolean
  reason: ConnectionFailure | null
  message: string
  code: number | null
  response: string | null
  elapsedMs: number
}

export const CONNECTION_TEST_TIMEOUT_MS = 15_000
/** After a successful login, how long QUIT may take before the socket is simply closed. */
const QUIT_GRACE_MS = 1000

interface NodemailerError extends Error {
  code?: string
  originalCode?: string
  responseCode?: number
  response?: string
  command?: string
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NODATA', 'EAI_NONAME'])
// Node's TLS errors: certificates (CERT_*, *_SELF_SIGNED_*, UNABLE_TO_*) and OpenSSL (ERR_SSL_*).
const TLS_CODE =
  /^(ERR_SSL_|ERR_TLS_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED|SELF_SIGNED_|HOSTNAME_MISMATCH|ERR_OSSL_)/

/** The one word for a failure, from nodemailer's code, the system's code and the reply. */
export function classifyConnectionFailure(error: NodemailerError): ConnectionFailure {
  const code = error.code ?? ''
  const system = error.originalCode ?? ''
  const reply = error.responseCode
  if (code === 'EDNS' || DNS_CODES.has(system) || DNS_CODES.has(code)) return 'dns'
  if (system === 'ECONNREFUSED' || code === 'ECONNREFUSED') return 'refused'
  if (code === 'ETIMEDOUT' || system === 'ETIMEDOUT') return 'timeout'
  // 538: "encryption required for this authentication": the account should use STARTTLS.
  if (code === 'ETLS' || TLS_CODE.test(system) || reply === 538) return 'tls'
  if (code === 'EAUTH' || reply === 535 || reply === 534 || reply === 530) return 'auth'
  if (code === 'ECONFIG') return 'config'
  const atOpening = ['CONN', 'EHLO', 'HELO'].includes(error.command ?? '')
  if (atOpening && reply !== undefined && reply >= 400) return 'greeting'
  return 'network'
}

export async function testSmtpConnection(
  endpoint: SmtpEndpoint,
  timeoutMs = CONNECTION_TEST_TIMEOUT_MS,
): Promise<ConnectionTestResult> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  const connection = new SMTPConnection(connectionOptions(endpoint, timeoutMs))
  let timer: NodeJS.Timeout | undefined
  // Some failures (a 421 greeting, a refused connection) come only as this event.
  const failed = new Promise<never>((_, reject) => {
    connection.on('error', reject)
    timer = setTimeout(
      () =>
        reject(
          Object.assign(new Error(`No answer within ${Math.round(timeoutMs / 1000)} s`), {
            code: 'ETIMEDOUT',
          }),
        ),
      timeoutMs,
    )
  })
  failed.catch(() => {}) // settled by the race below; a late second failure has no one to tell
  try {
    const response = await Promise.race([failed, converse(connection, endpoint)])
    return {
      ok: true,
      reason: null,
      message: 'Connected',
      code: null,
      response,
      elapsedMs: elapsed(),
    }
  } catch (error) {
    const e = error as NodemailerError
    return {
      ok: false,
      reason: classifyConnectionFailure(e),
      message: e.message,
      code: e.responseCode ?? null,
      response: e.response ?? null,
      elapsedMs: elapsed(),
    }
  } finally {
    clearTimeout(timer)
    connection.close()
  }
}

/** Greeting, TLS and login as configured, then QUIT; answers with the reply before QUIT. */
async function converse(
  connection: SMTPConnection,
  endpoint: SmtpEndpoint,
): Promise<string | null> {
  await new Promise<void>((resolve) => connection.connect(() => resolve()))
  if (endpoint.username) {
    if (!endpoint.password) {
      throw Object.assign(new Error('A user name is set but no password'), { code: 'ECONFIG' })
    }
    const user = endpoint.username
    const pass = endpoint.password
    await new Promise<void>((resolve, reject) =>
      connection.login({ user, pass }, (err) => (err ? reject(err) : resolve())),
    )
  }
  const response = connection.lastServerResponse || null
  const ended = new Promise<void>((resolve) => {
    connection.once('end', resolve)
    setTimeout(resolve, QUIT_GRACE_MS).unref()
  })
  connection.quit()
  await ended
  return response
}
