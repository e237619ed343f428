/**
 * The built-in test inbox: an SMTP server on 127.0.0.1 (random port, a password made at every
 * start) that keeps every message it receives in the database. Its account, "Test inbox", is
 * created on first run, so a new user can run a whole campaign without a mail account. It plays
 * along: its account's own mailbox (testMailbox/) gets a copy of every message in Sent, and the
 * bounces and replies that bounce-…@, reply-…@ and similar addresses send back (playAlong.ts).
 */
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'
import type { Clock } from '@shared/clock'
import {
  insertBuiltinAccount,
  insertInboxMessage,
  selectBuiltinAccountAddress,
  selectBuiltinAccountId,
  updateBuiltinAccountEndpoint,
} from '../db/inbox'
import type { Db } from '../db/open'
import type { EngineEvents } from '../events'
import type { SecretStore } from '../secrets/secretStore'
import { ensureBuiltinMailbox } from './testMailbox/builtinMailbox'
import { capturedMessage } from './testMailbox/capturedMessage'
import { storeInTestMailbox } from './testMailbox/newMail'
import { TEST_SENT_FOLDER } from './testMailbox/names'
import { playAlong } from './testMailbox/playAlong'

export const INBOX_USER = 'outbox'
const MAX_MESSAGE_BYTES = 50 * 1024 * 1024

export class TestInbox {
  private server: SMTPServer | null = null

  constructor(
    private readonly deps: { db: Db; clock: Clock; events: EngineEvents; secrets: SecretStore },
  ) {}

  /** Starts listening and points the built-in account at this port and password. */
  async start(): Promise<number> {
    const { db, clock, secrets } = this.deps
    const password = randomBytes(18).toString('base64url')
    const server = new SMTPServer({
      banner: 'Outbox test inbox',
      disabledCommands: ['STARTTLS'],
      allowInsecureAuth: true, // loopback only
      authMethods: ['PLAIN', 'LOGIN'],
      size: MAX_MESSAGE_BYTES,
      logger: false,
      onAuth(auth, _session, callback) {
        const ok = auth.username === INBOX_USER && auth.password === password
        if (ok) return callback(null, { user: INBOX_USER })
        callback(Object.assign(new Error('Authentication failed'), { responseCode: 535 }))
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = []
        stream.on('data', (chunk: Buffer) => chunks.push(chunk))
        stream.on('end', () => {
          if ((stream as unknown as { sizeExceeded?: boolean }).sizeExceeded) {
            return callback(Object.assign(new Error('Message too big'), { responseCode: 552 }))
          }
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
          const to = session.envelope.rcptTo.map((r) => r.address)
          this.capture(Buffer.concat(chunks), from, to).then(
            () => callback(),
            (error: unknown) => callback(error as Error),
          )
        })
      },
    })
    server.on('error', () => {}) // a client that hangs up is not the inbox's problem
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    this.server = server
    const port = (server.server.address() as AddressInfo).port
    const secret = secrets.seal(password)
    db.transaction(() => {
      const now = clock.now()
      const id = selectBuiltinAccountId(db)
      if (id === undefined) {
        ensureBuiltinMailbox(db, insertBuiltinAccount(db, { port, secret, now }), now)
      } else {
        updateBuiltinAccountEndpoint(db, { id, port, secret, now })
        ensureBuiltinMailbox(db, id, now)
      }
    })()
    return port
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }

  private async capture(raw: Buffer, from: string, to: string[]): Promise<void> {
    const { db, clock, events } = this.deps
    const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true })
    const receivedAt = clock.now()
    const subject = parsed.subject ?? null
    const messageId = parsed.messageId ?? null
    const id = insertInboxMessage(db, {
      received_at: receivedAt,
      mail_from: from,
      rcpt_to: JSON.stringify(to),
      message_id: messageId,
      subject,
      raw,
    })
    events.emit('inbox.received', {
      id,
      receivedAt,
      from,
      to,
      subject,
      messageId,
      size: raw.length,
    })
    await this.playAlong(parsed, raw, { from, to }, receivedAt)
  }

  /**
   * The test mailbox's share of a captured message. The message is already kept and the client
   * gets its 250 either way: a made-up answer that fails to build must not make it send again.
   */
  private async playAlong(
    parsed: ParsedMail,
    raw: Buffer,
    envelope: { from: string; to: string[] },
    receivedAt: number,
  ): Promise<void> {
    const { db } = this.deps
    let stored
    try {
      stored = await playAlong(capturedMessage(parsed, raw, envelope), {
        now: new Date(receivedAt),
        ownAddress: selectBuiltinAccountAddress(db) ?? null,
      })
    } catch {
      stored = [{ folder: TEST_SENT_FOLDER, raw }]
    }
    storeInTestMailbox(db, receivedAt, stored)
  }
}
