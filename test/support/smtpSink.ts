/**
 * A real SMTP server on 127.0.0.1 for engine tests (smtp-server), recording every accepted
 * message, with hooks to script replies per recipient or per message.
 */
import { SMTPServer, type SMTPServerOptions } from 'smtp-server'
import type { AddressInfo } from 'node:net'

export interface Received {
  to: string
  messageId: string | null
  raw: string
}

/** An Error carrying an SMTP reply code, as smtp-server expects from hooks. */
export function reply(code: number, text: string): Error {
  return Object.assign(new Error(text), { responseCode: code })
}

export interface SinkScript {
  /** Return an error to refuse this message at MAIL FROM, or null to accept. */
  mail?: (from: string) => Error | null
  /** Return an error to refuse this recipient (RCPT TO), or null to accept. */
  rcpt?: (to: string) => Error | null
  /** Return an error to refuse the message after DATA, or null to accept. */
  data?: (to: string) => Error | null
  /** Wait for the returned promise before answering RCPT TO (a slow server). */
  stallRcpt?: (to: string) => Promise<void> | void
  /** Told when the first bytes of a message's body arrive (its final dot may come later). */
  bodyArriving?: (to: string) => void
  /** Wait for the returned promise before answering the message body (after the final dot). */
  stallData?: (to: string) => Promise<void> | void
  /** Accept only this user/password when set. */
  auth?: { user: string; pass: string }
}

export async function startSmtpSink(script: SinkScript = {}) {
  const received: Received[] = []
  const options: SMTPServerOptions = {
    disabledCommands: script.auth ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !script.auth,
    logger: false,
    size: 50 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      const ok = auth.username === script.auth?.user && auth.password === script.auth?.pass
      callback(
        ok ? null : reply(535, '5.7.8 Authentication credentials invalid'),
        ok ? { user: auth.username } : undefined,
      )
    },
    onMailFrom(address, _session, callback) {
      callback(sink.script.mail?.(address.address) ?? null)
    },
    onRcptTo(address, _session, callback) {
      void Promise.resolve(sink.script.stallRcpt?.(address.address)).then(() =>
        callback(sink.script.rcpt?.(address.address) ?? null),
      )
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => {
        if (chunks.length === 0)
          sink.script.bodyArriving?.(session.envelope.rcptTo[0]?.address ?? '')
        chunks.push(c)
      })
      stream.on('end', async () => {
        const to = session.envelope.rcptTo[0]?.address ?? ''
        await sink.script.stallData?.(to)
        const refusal = sink.script.data?.(to) ?? null
        if (refusal) return callback(refusal)
        const raw = Buffer.concat(chunks).toString('utf8')
        received.push({ to, messageId: raw.match(/^Message-ID: (<[^>]+>)/im)?.[1] ?? null, raw })
        callback()
      })
    },
  }
  const server = new SMTPServer(options)
  server.on('error', () => {}) // a client cut off mid-conversation is part of the tests
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const sink = {
    port: (server.server.address() as AddressInfo).port,
    received,
    script,
    countTo: (to: string) => received.filter((r) => r.to === to).length,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
  return sink
}
