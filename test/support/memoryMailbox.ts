/**
 * A mailbox in memory behind the MailboxSource port, for the reader's tests: folders with UIDs
 * under a UIDVALIDITY, headers and bodies fetched apart (and counted, so a test sees what was
 * downloaded whole), search by Message-ID, move, new-mail announcements to connections resting
 * on a folder, and connections that can be dropped or refused.
 */
import { MailboxError, type FolderInfo, type MailboxSource } from '@engine/mailbox/source'

interface StoredMessage {
  uid: number
  raw: Buffer
  receivedAt: number
  flags: Set<string>
}

interface Folder {
  uidValidity: number
  nextUid: number
  specialUse: string | null
  messages: StoredMessage[]
}

export class MemoryMailbox {
  readonly folders = new Map<string, Folder>()
  /** Every UID fetched whole, by folder. */
  readonly fetchedWhole = new Map<string, number[]>()
  /** Every call the connections made, in order ("openFolder INBOX", "fetchHeadersAfter 0"…). */
  readonly calls: string[] = []
  connections = 0
  private readonly open = new Set<MemorySource>()
  /** The next connections fail with this, when set (once each, or until cleared). */
  refuse: MailboxError | null = null
  /** Called before each fetchHeadersAfter answers: a test can hold the server up there. */
  beforeHeaders: ((afterUid: number) => Promise<void> | void) | null = null

  constructor(folders: { path: string; specialUse?: string }[] = [{ path: 'INBOX' }]) {
    for (const f of folders) this.addFolder(f.path, f.specialUse ?? null)
  }

  addFolder(path: string, specialUse: string | null = null): Folder {
    const folder = { uidValidity: 1000, nextUid: 1, specialUse, messages: [] }
    this.folders.set(path, folder)
    return folder
  }

  deliver(path: string, raw: string | Buffer, receivedAt = Date.UTC(2030, 0, 1)): number {
    const folder = this.folders.get(path) ?? this.addFolder(path)
    const uid = folder.nextUid++
    folder.messages.push({ uid, raw: Buffer.from(raw), receivedAt, flags: new Set() })
    for (const connection of this.open) connection.announce(path)
    return uid
  }

  /** The server renumbered the folder: new UIDVALIDITY, UIDs from 1 again. */
  renumber(path: string): void {
    const folder = this.folders.get(path)!
    folder.uidValidity++
    folder.nextUid = 1
    for (const m of folder.messages) m.uid = folder.nextUid++
  }

  uids(path: string): number[] {
    return (this.folders.get(path)?.messages ?? []).map((m) => m.uid)
  }

  flags(path: string): string[][] {
    return (this.folders.get(path)?.messages ?? []).map((m) => [...m.flags])
  }

  /** The server drops every connection: their next command fails as `closed`. */
  dropConnections(): void {
    for (const connection of this.open) connection.drop()
  }

  get openConnections(): number {
    return this.open.size
  }

  connect(): MailboxSource {
    if (this.refuse) throw this.refuse
    this.connections++
    const source = new MemorySource(this, () => this.open.delete(source))
    this.open.add(source)
    return source
  }
}

class MemorySource implements MailboxSource {
  private folder: string | null = null
  private dropped = false
  private readonly listeners = new Set<() => void>()

  constructor(
    private readonly box: MemoryMailbox,
    private readonly closed: () => void,
  ) {}

  announce(path: string): void {
    if (this.folder === path && !this.dropped) for (const l of this.listeners) l()
  }

  drop(): void {
    this.dropped = true
  }

  private use(call: string): Folder {
    this.box.calls.push(call)
    if (this.dropped) throw new MailboxError('Connection closed', 'closed', null)
    const folder = this.folder === null ? undefined : this.box.folders.get(this.folder)
    if (!folder) throw new MailboxError('No folder open', 'folder', 'folder')
    return folder
  }

  async openFolder(path: string, forWriting = false) {
    this.box.calls.push(`openFolder ${path}${forWriting ? ' forWriting' : ''}`)
    if (this.dropped) throw new MailboxError('Connection closed', 'closed', null)
    const folder = this.box.folders.get(path)
    if (!folder) throw new MailboxError(`No folder ${path}`, 'folder', 'folder', path)
    this.folder = path
    return {
      path,
      uidValidity: String(folder.uidValidity),
      uidNext: folder.nextUid,
      exists: folder.messages.length,
    }
  }

  async fetchHeadersAfter(afterUid: number, limit: number) {
    this.use(`fetchHeadersAfter ${afterUid}`)
    await this.box.beforeHeaders?.(afterUid)
    if (this.dropped) throw new MailboxError('Connection closed', 'closed', null)
    const folder = this.box.folders.get(this.folder!)!
    return folder.messages
      .filter((m) => m.uid > afterUid)
      .slice(0, limit)
      .map((m) => {
        return {
          uid: m.uid,
          headers: Buffer.from(`${head(m)}\r\n\r\n`),
          size: m.raw.length,
          receivedAt: m.receivedAt,
        }
      })
  }

  async fetchBodies(uids: number[], maxBytes: number) {
    const folder = this.use(`fetchBodies ${uids.join(',')}`)
    const fetched = this.box.fetchedWhole.get(this.folder!) ?? []
    this.box.fetchedWhole.set(this.folder!, [...fetched, ...uids])
    return folder.messages
      .filter((m) => uids.includes(m.uid))
      .map((m) => ({
        uid: m.uid,
        raw: m.raw.subarray(0, maxBytes),
        truncated: m.raw.length > maxBytes,
      }))
  }

  async searchMessageId(messageId: string) {
    const folder = this.use(`searchMessageId ${messageId}`)
    const wanted = messageId.replace(/^<|>$/g, '')
    return folder.messages
      .filter((m) => new RegExp(`^Message-ID:\\s*<?${escape(wanted)}>?\\s*$`, 'im').test(head(m)))
      .map((m) => m.uid)
  }

  async move(uids: number[], target: string) {
    const folder = this.use(`move ${uids.join(',')} ${target}`)
    const to = this.box.folders.get(target) ?? this.box.addFolder(target)
    for (const m of folder.messages.filter((m) => uids.includes(m.uid))) {
      to.messages.push({ ...m, uid: to.nextUid++ })
    }
    folder.messages = folder.messages.filter((m) => !uids.includes(m.uid))
  }

  async listFolders(): Promise<FolderInfo[]> {
    this.box.calls.push('listFolders')
    if (this.dropped) throw new MailboxError('Connection closed', 'closed', null)
    return [...this.box.folders].map(([path, f]) => ({ path, specialUse: f.specialUse }))
  }

  onNewMail(callback: () => void) {
    this.listeners.add(callback)
    return () => this.listeners.delete(callback)
  }

  async close() {
    this.box.calls.push('close')
    this.dropped = true
    this.closed()
  }
}

const head = (m: StoredMessage) => m.raw.toString('utf8').split(/\r?\n\r?\n/)[0]!
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
