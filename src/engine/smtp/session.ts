/**
 * One SMTP connection of an account's pool, kept open across messages, built on nodemailer's
 * SMTPConnection rather than its SMTPPool: the pool retries by itself and hides how far a
 * failed message got, and the engine must know whether the final dot had gone out
 * (then the message may have arrived: `uncertain`) or not (safe to retry).
 */
import { Readable } from 'node:stream'
import SMTPConnection from 'nodemailer/lib/smtp-connection'
import type { SmtpFailure } from './policy'

export interface SmtpEndpoint {
  host: string
  port: number
  security: 'tls' | 'starttls' | 'none'
  username: string | null
  password: string | null
}

export type SendResult =
  | { ok: true; response: string; responseCode: number }
  /** `interrupted`: the engine cut the send (stop, hold), not the server nor the network. */
  | { ok: false; failure: SmtpFailure; message: string; interrupted: boolean }

interface NodemailerError extends Error {
  code?: string
  responseCode?: number
  response?: string
  command?: string
}

function failure(code: string, message: string): NodemailerError {
  return Object.assign(new Error(message), { code })
}

/** The error a send fails with when the engine cuts it; a lost connection for the policy. */
class Interruption extends Error {
  readonly code = 'ECONNECTION'
  constructor() {
    super('Stopped while sending')
  }
}

/** How much longer nodemailer's connection, greeting and socket timers run than ours. */
const BACKSTOP_MS = 1000

/** How the account's security setting and a timeout translate to nodemailer's options. */
export function connectionOptions(endpoint: SmtpEndpoint, timeoutMs: number) {
  return {
    host: endpoint.host,
    port: endpoint.port,
    secure: endpoint.security === 'tls',
    requireTLS: endpoint.security === 'starttls',
    ignoreTLS: endpoint.security === 'none',
    // nodemailer's own timers only back up the caller's cut-off (the send's, the connection
    // test's), which is the time-out and words it; one of the same length could fire first.
    connectionTimeout: timeoutMs + BACKSTOP_MS,
    greetingTimeout: timeoutMs + BACKSTOP_MS,
    socketTimeout: timeoutMs + BACKSTOP_MS,
  }
}

export class SmtpSession {
  private connection: SMTPConnection | null = null
  /** Fails the send in flight, if any: closing the socket alone does not end it. */
  private abortInFlight: ((error: Error) => void) | null = null

  constructor(
    private readonly endpoint: SmtpEndpoint,
    private readonly timeoutMs: number,
  ) {}

  /**
   * Sends one message; never throws. The timeout bounds the whole send, connection included:
   * when it fires the connection is cut and the send fails with ETIMEDOUT, before or after
   * DATA as the case may be.
   *
   * `handOver`: the envelope and the body go out at once, the final dot only once it resolves
   * (the claim of this very message is durable). A server delivers nothing without that dot
   * (RFC 5321 §4.1.1.4), so until then a cut connection leaves nothing behind.
   */
  async send(
    envelope: { from: string; to: string },
    raw: Buffer,
    handOver: Promise<void> = Promise.resolve(),
  ): Promise<SendResult> {
    // From the final dot on, a lost connection means "may have arrived".
    let dotSent = false
    let timer: NodeJS.Timeout | undefined
    let finished = false
    const cutOff = new Promise<never>((_, reject) => {
      this.abortInFlight = reject
      timer = setTimeout(() => {
        this.close(failure('ETIMEDOUT', `No answer within ${Math.round(this.timeoutMs / 1000)} s`))
      }, this.timeoutMs)
    })
    try {
      const work = (async () => {
        const connection = await this.ready()
        // The claim could not be made durable: cut the connection, the dot unsent. The engine
        // gives the row back; its next write meets the failing disk in turn.
        const withhold = () => {
          if (!finished) this.interrupt()
        }
        // A stream is read only after the server's 354 to DATA; its end writes the final dot.
        let read = false
        const body = new Readable({
          read() {
            if (read) return
            read = true
            this.push(raw)
            handOver.then(() => {
              if (finished) return // cut meanwhile (a time-out, a stop): nothing to hand over
              dotSent = true
              this.push(null)
            }, withhold)
          },
        })
        return new Promise<{ response: string }>((resolve, reject) =>
          connection.send(envelope, body, (err, result) => (err ? reject(err) : resolve(result!))),
        )
      })()
      work.catch(() => {}) // after a timeout its late failure has no one to tell
      const info = await Promise.race([work, cutOff])
      return { ok: true, response: info.response, responseCode: Number(info.response.slice(0, 3)) }
    } catch (error) {
      this.close() // after any failure start clean: no half-finished SMTP transaction
      const e = error as NodemailerError
      return {
        ok: false,
        message: e.message,
        interrupted: error instanceof Interruption,
        failure: {
          ...(e.responseCode !== undefined && { responseCode: e.responseCode }),
          ...(e.code !== undefined && { code: e.code }),
          response: e.response ?? e.message,
          command: e.command ?? 'CONN',
          dotSent,
        },
      }
    } finally {
      finished = true
      clearTimeout(timer)
      this.abortInFlight = null
    }
  }

  /**
   * The engine stops or holds sending: closes the connection, and a send in flight fails as
   * `interrupted` (safe to give back if its final dot had not gone out).
   */
  interrupt(): void {
    this.close(new Interruption())
  }

  /** Closes the connection; a send in flight fails with `reason`. */
  close(reason: Error = new Interruption()): void {
    this.abortInFlight?.(reason)
    this.abortInFlight = null
    const connection = this.connection
    this.connection = null
    connection?.close()
  }

  private async ready(): Promise<SMTPConnection> {
    if (this.connection) return this.connection
    const { username, password } = this.endpoint
    const connection = new SMTPConnection(connectionOptions(this.endpoint, this.timeoutMs))
    // Some failures (a 421 greeting, a protocol error) arrive only as this event, with no
    // callback ever called: fail the send in flight with them rather than wait for the timeout.
    connection.on('error', (error: Error) => this.abortInFlight?.(error))
    this.connection = connection
    await new Promise<void>((resolve, reject) =>
      connection.connect((err) => (err ? reject(err) : resolve())),
    )
    if (username) {
      await new Promise<void>((resolve, reject) =>
        connection.login({ user: username, pass: password ?? '' }, (err) =>
          err ? reject(err) : resolve(),
        ),
      )
    }
    connection.once('end', () => {
      if (this.connection === connection) this.connection = null
    })
    return connection
  }
}
