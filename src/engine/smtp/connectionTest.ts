/**
 * "Test connection": connect, greet, secure (TLS or STARTTLS as configured), log in when a
 * user name is set, then QUIT — and name what failed in a word the window can explain.
 * The whole test is bounded by one timeout, DNS included.
 */
import SMTPConnection from 'nodemailer/lib/smtp-connection'
import { connectionOptions, type SmtpEndpoint } from './session'

export type ConnectionFailure =
  'dns' | 'refused' | 'tls' | 'auth' | 'timeout' | 'greeting' | 'network' | 'config' | 'secret'

/** Where the test stopped: finding the server, reaching it, securing, its greeting, the login. */
export type ConnectionStep = 'dns' | 'connect' | 'tls' | 'greeting' | 'login'

export interface ConnectionTestResult {
  ok: boolean
  reason: ConnectionFailure | null
  step: ConnectionStep | null
  /** `detail`: the system's or the library's words, as they came (absent when they are ours). */
  params: Record<string, string | number>
  /** In English, for anything that does not know the reason. */
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

/** The step a failure stopped at, from its reason, nodemailer's command and how far we got. */
export function failedStep(
  reason: ConnectionFailure,
  error: NodemailerError,
  phase: 'connect' | 'greeting' | 'login',
): ConnectionStep {
  if (reason === 'dns') return 'dns'
  if (reason === 'refused') return 'connect'
  if (reason === 'tls') return 'tls'
  if (reason === 'auth' || reason === 'config' || phase === 'login') return 'login'
  if (reason === 'greeting' || /greeting/i.test(error.message)) return 'greeting'
  const command = error.command ?? ''
  if (command === 'STARTTLS') return 'tls'
  if (['EHLO', 'HELO', 'LHLO'].includes(command)) return 'greeting'
  return phase
}

/** Our own words for a failure are no detail; the system's and the server's are kept. */
const OWN_WORDS = Symbol('own words')

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
            [OWN_WORDS]: true,
          }),
        ),
      timeoutMs,
    )
  })
  failed.catch(() => {}) // settled by the race below; a late second failure has no one to tell
  const progress = { phase: 'connect' as 'connect' | 'login' }
  try {
    const response = await Promise.race([failed, converse(connection, endpoint, progress)])
    return {
      ok: true,
      reason: null,
      step: null,
      params: {},
      message: 'Connected',
      code: null,
      response,
      elapsedMs: elapsed(),
    }
  } catch (error) {
    const e = error as NodemailerError & { [OWN_WORDS]?: boolean }
    const reason = classifyConnectionFailure(e)
    const own = e[OWN_WORDS] === true
    return {
      ok: false,
      reason,
      step: failedStep(reason, e, phaseOf(connection, progress.phase)),
      params: !own
        ? { detail: e.message }
        : reason === 'timeout'
          ? { seconds: Math.round(timeoutMs / 1000) }
          : {},
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

/** How far the conversation got: the socket (secured, for TLS) is up once nodemailer says so. */
function phaseOf(connection: SMTPConnection, phase: 'connect' | 'login') {
  if (phase === 'login') return 'login'
  return (connection as { stage?: string }).stage === 'connected' ? 'greeting' : 'connect'
}

/** Greeting, TLS and login as configured, then QUIT; answers with the reply before QUIT. */
async function converse(
  connection: SMTPConnection,
  endpoint: SmtpEndpoint,
  progress: { phase: 'connect' | 'login' },
): Promise<string | null> {
  await new Promise<void>((resolve) => connection.connect(() => resolve()))
  progress.phase = 'login'
  if (endpoint.username) {
    if (!endpoint.password) {
      throw Object.assign(new Error('A user name is set but no password'), {
        code: 'ECONFIG',
        [OWN_WORDS]: true,
      })
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
