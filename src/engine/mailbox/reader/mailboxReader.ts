/**
 * The background mailbox reader: one AccountReader per account with a mailbox, started with the
 * engine and stopped with it, following the app's holds, told when an account changes.
 */
import type { Clock } from '@shared/clock'
import type { Db } from '@engine/db/open'
import { selectActiveMailboxes } from '@engine/db/mailboxes'
import type { RecordMessage } from '../readMessage'
import { AccountReader } from './accountReader'
import type { OpenSource } from './openSource'
import type { Settle } from './settleUncertain'

export interface MailboxReaderDeps {
  db: Db
  clock: Clock
  openSource: OpenSource
  recordMessage: RecordMessage
  settle: Settle
  held: () => boolean
  /** settings.mailbox.pollSeconds in ms, read before each wait. */
  pollMs: () => number
  batchSize?: number
}

export class MailboxReader {
  private readonly readers = new Map<number, AccountReader>()
  private running = false

  constructor(private readonly deps: MailboxReaderDeps) {}

  start(): void {
    if (this.running) return
    this.running = true
    for (const row of selectActiveMailboxes(this.deps.db)) this.add(row.account_id)
  }

  async stop(): Promise<void> {
    this.running = false
    const readers = [...this.readers.values()]
    this.readers.clear()
    await Promise.all(readers.map((r) => r.stop()))
  }

  /** Reads one account's mailbox now, or every one; answers how many it read. */
  async checkNow(accountId: number | null): Promise<number> {
    if (!this.running) return 0
    const readers =
      accountId === null
        ? [...this.readers.values()]
        : [this.readers.get(accountId)].filter((r) => r !== undefined)
    if (this.deps.held()) return 0
    await Promise.all(readers.map((r) => r.readNow()))
    return readers.length
  }

  /** An account was created, edited or removed: its reader starts, starts over, or goes. */
  async accountChanged(accountId: number): Promise<void> {
    if (!this.running) return
    const reader = this.readers.get(accountId)
    const active = selectActiveMailboxes(this.deps.db).some((m) => m.account_id === accountId)
    if (!active) {
      this.readers.delete(accountId)
      await reader?.stop()
      return
    }
    if (reader) await reader.changed()
    else this.add(accountId)
  }

  hold(): void {
    for (const reader of this.readers.values()) reader.hold()
  }

  release(): void {
    for (const reader of this.readers.values()) reader.resume()
  }

  private add(accountId: number): void {
    const reader = new AccountReader(accountId, this.deps)
    this.readers.set(accountId, reader)
    void reader.readNow()
  }
}
