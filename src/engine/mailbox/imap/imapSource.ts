/**
 * The mailbox port over IMAP, with imapflow. Every imapflow quirk stays in `imap/`: a UID range
 * `n:*` answers with the last message even when its UID is below n; a partial body is asked as
 * `source: { start, maxLength }` (BODY.PEEK[]<0.n>, which never sets \Seen); auto-IDLE runs
 * whenever the connection rests, and its `exists` event is what `onNewMail` hears.
 */
import {
  ImapFlow,
  type FetchMessageObject,
  type ImapFlowOptions,
  type ListResponse,
} from 'imapflow'
import {
  MailboxError,
  type FolderInfo,
  type FolderState,
  type MailboxSource,
  type MessageBody,
  type MessageHeaders,
} from '@engine/mailbox/source'
import { toMailboxError, type SessionProgress } from './imapFailure'
import { uidSet } from './uidSet'

export interface ImapSettings {
  host: string
  port: number
  security: 'tls' | 'starttls' | 'none'
  username: string
  password: string
  /** How long connecting (DNS, TLS, greeting and login included) may take. */
  timeoutMs?: number
}

export const IMAP_TIMEOUT_MS = 15_000
/** Rest after which the connection IDLEs: the reader's own commands come closer than this. */
const IDLE_AFTER_MS = 1000
/**
 * Silence after which imapflow probes the server (NOOP) and then gives up: a command stuck this
 * long fails as `timeout`; an IDLE this quiet is checked and kept.
 */
const SOCKET_QUIET_MS = 60_000
/** How long LOGOUT may take on close before the socket is simply closed. */
const LOGOUT_GRACE_MS = 1000

export async function openImapSource(settings: ImapSettings): Promise<MailboxSource> {
  const timeoutMs = settings.timeoutMs ?? IMAP_TIMEOUT_MS
  const client = new ImapFlow(clientOptions(settings, timeoutMs))
  // A failure once connect() has settled comes as this event; the source listens from then on.
  client.on('error', () => {})
  await connectWithin(client, timeoutMs)
  return new ImapSource(client)
}

export function clientOptions(settings: ImapSettings, timeoutMs: number): ImapFlowOptions {
  return {
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    // `none` never upgrades, `starttls` must: imapflow's default would upgrade only if offered.
    doSTARTTLS: settings.security === 'tls' ? undefined : settings.security === 'starttls',
    auth: { user: settings.username, pass: settings.password },
    logger: false,
    // imapflow's own timers only back up ours (connectWithin), which words the timeout.
    connectionTimeout: timeoutMs + 1000,
    greetingTimeout: timeoutMs + 1000,
    socketTimeout: SOCKET_QUIET_MS,
    autoIdleDelay: IDLE_AFTER_MS,
    // The reader reads mail; it has no use for compression's extra state or for ID chatter.
    disableCompression: true,
    clientInfo: { name: 'Outbox' },
  }
}

export function progressOf(client: ImapFlow): SessionProgress {
  return {
    connected: client.connectedAt !== null,
    greeted: client.greeting !== undefined,
    loggedIn: client.authenticated !== false,
  }
}

/** connect() (socket, TLS, greeting, login) within one bound, failures as MailboxError. */
async function connectWithin(client: ImapFlow, timeoutMs: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const progress = progressOf(client)
      const step = !progress.connected ? 'connect' : !progress.greeted ? 'greeting' : 'login'
      reject(
        new MailboxError(
          `No answer within ${Math.round(timeoutMs / 1000)} s`,
          'timeout',
          step,
          null,
        ),
      )
    }, timeoutMs)
  })
  const connecting = client.connect()
  try {
    await Promise.race([connecting, timedOut])
  } catch (error) {
    connecting.catch(() => {}) // closed below; its own rejection has no one to tell
    const failure = toMailboxError(error, progressOf(client), 'setup', 'Could not connect')
    client.close()
    throw failure
  } finally {
    clearTimeout(timer)
  }
}

class ImapSource implements MailboxSource {
  /** Why the connection is gone, once it is: every later call fails with it. */
  private gone: MailboxError | null = null
  private readonly newMail = new Set<() => void>()
  /** The port's calls run one at a time, as IMAP's selected-folder state requires. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly client: ImapFlow) {
    client.on('error', (error: Error) => {
      this.gone ??= toMailboxError(error, progressOf(client), 'session', 'The connection failed')
    })
    client.on('close', () => {
      this.gone ??= new MailboxError('The server closed the connection', 'closed', null)
    })
    client.on('exists', ({ count, prevCount }) => {
      if (count <= prevCount) return
      for (const callback of [...this.newMail]) callback()
    })
  }

  openFolder(path: string, forWriting = false): Promise<FolderState> {
    return this.run(`Could not open ${path}`, 'folder', async () => {
      const mailbox = await this.client.mailboxOpen(path, { readOnly: !forWriting })
      return {
        path: mailbox.path,
        uidValidity: String(mailbox.uidValidity),
        uidNext:
          typeof mailbox.uidNext === 'number' && mailbox.uidNext > 0 ? mailbox.uidNext : null,
        exists: mailbox.exists,
      }
    })
  }

  fetchHeadersAfter(afterUid: number, limit: number): Promise<MessageHeaders[]> {
    return this.run('Could not read the headers', null, async () => {
      if (limit <= 0) return []
      // UIDs first (numbers only), so a first look at a full folder downloads `limit` headers.
      const found = await this.client.search({ uid: `${afterUid + 1}:*` }, { uid: true })
      if (!Array.isArray(found)) throw refused('The server refused the search')
      // `n:*` includes the last message even when its UID is below n.
      const uids = found
        .filter((uid) => uid > afterUid)
        .sort((a, b) => a - b)
        .slice(0, limit)
      if (uids.length === 0) return []
      const messages = await this.client.fetchAll(
        uidSet(uids),
        { uid: true, headers: true, size: true, internalDate: true },
        { uid: true },
      )
      return ascending(messages, uids).map((message) => ({
        uid: message.uid,
        headers: message.headers ?? Buffer.alloc(0),
        size: message.size ?? 0,
        receivedAt: timeOf(message.internalDate),
      }))
    })
  }

  fetchBodies(uids: number[], maxBytes: number): Promise<MessageBody[]> {
    return this.run('Could not read the messages', null, async () => {
      if (!(maxBytes >= 1)) throw new RangeError(`maxBytes must be at least 1, not ${maxBytes}`)
      const set = uidSet(uids)
      if (!set) return []
      const messages = await this.client.fetchAll(
        set,
        // BODY.PEEK[]<0.maxBytes>: at most maxBytes come, and \Seen is left alone.
        { uid: true, size: true, source: { start: 0, maxLength: Math.floor(maxBytes) } },
        { uid: true },
      )
      return ascending(messages, uids).map((message) => {
        const raw = message.source ?? Buffer.alloc(0)
        const size = message.size ?? raw.length
        return { uid: message.uid, raw, truncated: size > raw.length }
      })
    })
  }

  searchMessageId(messageId: string): Promise<number[]> {
    return this.run('Could not search the folder', null, async () => {
      const bare = stripAngles(messageId)
      if (!bare) return []
      const found = await this.client.search({ header: { 'message-id': bare } }, { uid: true })
      if (!Array.isArray(found)) throw refused('The server refused the search')
      if (found.length === 0) return []
      // SEARCH HEADER matches a substring: keep only the messages whose id is this one.
      const messages = await this.client.fetchAll(
        uidSet(found),
        { uid: true, headers: ['message-id'] },
        { uid: true },
      )
      return ascending(messages, found)
        .filter((message) => headerId(message.headers) === bare.toLowerCase())
        .map((message) => message.uid)
    })
  }

  move(uids: number[], target: string): Promise<void> {
    return this.run(`Could not move the messages to ${target}`, 'folder', async () => {
      const set = uidSet(uids)
      if (!set) return
      const mailbox = this.client.mailbox
      if (!mailbox) throw new MailboxError('No folder is open', 'folder', 'folder')
      // MOVE removes from the source folder, which EXAMINE opened read-only.
      if (mailbox.readOnly) await this.client.mailboxOpen(mailbox.path, { readOnly: false })
      await this.ensureFolder(target)
      const moved = await this.client.messageMove(set, target, { uid: true })
      if (!moved) throw refused(`The server refused to move the messages to ${target}`)
    })
  }

  listFolders(): Promise<FolderInfo[]> {
    return this.run('Could not list the folders', 'folder', async () => {
      const folders = await this.client.list()
      return folders.filter(selectable).map((folder) => ({
        path: folder.path,
        specialUse: specialUseOf(folder),
      }))
    })
  }

  onNewMail(callback: () => void): () => void {
    const own = () => callback()
    this.newMail.add(own)
    return () => void this.newMail.delete(own)
  }

  async close(): Promise<void> {
    this.newMail.clear()
    if (this.gone) return this.client.close()
    this.gone = new MailboxError('The mailbox was closed', 'closed', null)
    const grace = new Promise<void>((resolve) => setTimeout(resolve, LOGOUT_GRACE_MS).unref())
    await Promise.race([this.client.logout().catch(() => {}), grace])
    this.client.close()
  }

  private async ensureFolder(path: string) {
    const folders = await this.client.list()
    if (folders.some((folder) => samePath(folder.path, path))) return
    await this.client.mailboxCreate(path)
  }

  /** One call after the previous one, failing as the port says. */
  private run<T>(what: string, refusal: 'folder' | null, work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      if (this.gone) throw this.gone
      try {
        return await work()
      } catch (error) {
        if (error instanceof RangeError || error instanceof MailboxError) throw error
        const failure = toMailboxError(
          error,
          progressOf(this.client),
          'session',
          what,
          refusal ?? undefined,
        )
        // A command cut by the connection going away says so in the connection's words.
        throw failure.reason === 'closed' && this.gone ? this.gone : failure
      }
    })
    this.queue = result.catch(() => {})
    return result
  }
}

/** The server said NO to a command imapflow reports as `false` rather than as an error. */
function refused(message: string): Error {
  return Object.assign(new Error(message), { responseStatus: 'NO' })
}

/** The asked messages the server returned, ascending by UID (a UID gone is left out). */
function ascending(messages: FetchMessageObject[], asked: number[]): FetchMessageObject[] {
  const wanted = new Set(asked)
  return messages.filter((message) => wanted.has(message.uid)).sort((a, b) => a.uid - b.uid)
}

function timeOf(date: Date | string | undefined): number | null {
  if (date === undefined) return null
  const ms = new Date(date).getTime()
  return Number.isNaN(ms) ? null : ms
}

function stripAngles(id: string): string {
  return id.trim().replace(/^<\s*/, '').replace(/\s*>$/, '')
}

/** The Message-ID in a fetched HEADER.FIELDS block, unfolded, without <>, in lower case. */
function headerId(headers: Buffer | undefined): string | null {
  if (!headers) return null
  const unfolded = headers.toString('latin1').replace(/\r?\n[ \t]+/g, ' ')
  const value = /^message-id:(.*)$/im.exec(unfolded)?.[1]
  return value === undefined ? null : stripAngles(value).toLowerCase()
}

/** A folder that can be opened: not a bare level of the hierarchy nor a name that is gone. */
function selectable(folder: ListResponse): boolean {
  const flags = [...folder.flags].map((flag) => flag.toLowerCase())
  return !flags.includes('\\noselect') && !flags.includes('\\nonexistent')
}

/**
 * RFC 6154's marks, from the server or, when it marks nothing, from the folder's name as
 * imapflow recognises it ("Sent", "Sent Items"…). imapflow's own `\Inbox` is no RFC 6154 mark.
 */
function specialUseOf(folder: ListResponse): string | null {
  const use = folder.specialUse
  return use && use !== '\\Inbox' ? use : null
}

function samePath(a: string, b: string): boolean {
  const inbox = (path: string) => (path.toUpperCase() === 'INBOX' ? 'INBOX' : path)
  return inbox(a) === inbox(b)
}
