/**
 * One account's reader: one connection kept open between reads, a read every poll interval and
 * soon after the server announces new mail, nothing while the app is held (asleep, offline),
 * growing waits after failures — and none at all after a failure only the user can cure (wrong
 * password, missing folder) until the account is edited or "Check now" is pressed.
 */
import type { Clock } from '@shared/clock'
import { selectAccount, type AccountRow } from '@engine/db/accounts'
import { selectMailbox, type MailboxRow } from '@engine/db/mailboxes'
import type { Db } from '@engine/db/open'
import { foldersOf } from '../accountMailbox'
import type { RecordMessage } from '../readMessage'
import type { MailboxSource } from '../source'
import { backoffMs } from './backoff'
import type { OpenSource } from './openSource'
import { readFolder } from './readFolder'
import { settleUncertain, type Settle } from './settleUncertain'
import { asMailboxError, recordStanding } from './standing'

/** After the server announces new mail: soon, with a moment for more to arrive with it. */
export const NEW_MAIL_DELAY_MS = 1000

export interface AccountReaderDeps {
  db: Db
  clock: Clock
  openSource: OpenSource
  recordMessage: RecordMessage
  settle: Settle
  /** Whether the app holds everything now (asleep, offline). */
  held: () => boolean
  /** The poll interval, read before each wait (the user may change it). */
  pollMs: () => number
  batchSize?: number
}

export class AccountReader {
  private source: MailboxSource | null = null
  private stopListening: (() => void) | null = null
  private timer: unknown = null
  private failures = 0
  private waitingForUser = false
  private reading: Promise<void> | null = null
  private again = false
  /** Asked for by the user (or an edit): the next read starts the back-off over. */
  private fresh = false
  private stopped = false

  constructor(
    readonly accountId: number,
    private readonly deps: AccountReaderDeps,
  ) {}

  /** Reads now (a read under way is followed by another); resolves when done. */
  readNow(): Promise<void> {
    if (this.stopped) return Promise.resolve()
    this.waitingForUser = false
    this.fresh = true
    return this.run()
  }

  /** The app's hold ended: read soon, unless a failure waits for the user. */
  resume(): void {
    if (this.stopped || this.waitingForUser) return
    void this.run()
  }

  /** The account or its mailbox was edited: a fresh connection, a fresh start. */
  async changed(): Promise<void> {
    await this.disconnect()
    void this.readNow()
  }

  /** The app holds: the connection goes (it would die in sleep anyway); nothing is read. */
  hold(): void {
    this.clearTimer()
    void this.disconnect()
    if (!this.reading) this.markHeld()
  }

  /** Closes the connection and forgets every timer; a read under way ends at its next step. */
  async stop(): Promise<void> {
    this.stopped = true
    this.clearTimer()
    const reading = this.reading
    await this.disconnect()
    await reading?.catch(() => {})
  }

  private run(): Promise<void> {
    if (this.reading) {
      this.again = true
      return this.reading
    }
    this.reading = (async () => {
      do {
        this.again = false
        await this.readOnce()
      } while (this.again && !this.stopped)
    })().finally(() => {
      this.reading = null
    })
    return this.reading
  }

  private async readOnce(): Promise<void> {
    this.clearTimer()
    const { db, clock } = this.deps
    const mailbox = selectMailbox(db, this.accountId)
    const account = selectAccount(db, this.accountId)
    if (this.stopped || !mailbox || !account || account.deleted_at !== null) return
    if (this.deps.held()) return this.markHeld()
    if (this.fresh) this.failures = 0
    this.fresh = false
    recordStanding(db, this.accountId, { state: 'reading' })
    // A connection the server dropped since the last read fails as `closed`: once, reconnect.
    for (let attempt = 1; ; attempt++) {
      const reused = this.source !== null
      try {
        await this.read(mailbox, account)
        break
      } catch (thrown) {
        await this.disconnect()
        if (this.stopped) return
        // A hold closes the connection under a read: that is no drop to reconnect after.
        if (this.deps.held()) return this.markHeld()
        const error = asMailboxError(thrown)
        if (error.reason === 'closed' && reused && attempt === 1) continue
        if (error.needsUser) {
          this.waitingForUser = true
          recordStanding(db, this.accountId, { state: 'error', error })
          return
        }
        this.failures++
        const wait = backoffMs(this.failures)
        const nextAttemptAt = clock.now() + wait
        recordStanding(db, this.accountId, { state: 'error', error, nextAttemptAt })
        this.arm(wait)
        return
      }
    }
    if (this.stopped) return
    if (this.deps.held()) return this.markHeld()
    this.failures = 0
    const wait = this.deps.pollMs()
    const now = clock.now()
    recordStanding(db, this.accountId, { state: 'ok', readAt: now, nextAttemptAt: now + wait })
    this.arm(wait)
  }

  private async read(mailbox: MailboxRow, account: AccountRow): Promise<void> {
    const { db, clock } = this.deps
    const source = await this.connect(mailbox, account)
    const folders = foldersOf(mailbox)
    const bouncedIds: string[] = []
    const alive = () => !this.stopped && !this.deps.held()
    for (const folder of folders) {
      if (!alive()) return
      const read = await readFolder(
        source,
        { accountId: this.accountId, folder, moveBouncesTo: mailbox.move_bounces_to },
        { ...this.deps, alive },
      )
      bouncedIds.push(...read.bouncedIds)
    }
    if (!alive()) return
    const settlement = await settleUncertain(
      source,
      { accountId: this.accountId, sentFolder: mailbox.sent_folder, bouncedIds, now: clock.now() },
      { db, settle: this.deps.settle },
    )
    // The connection rests on the first folder, so what the server announces is new mail there.
    const moving = mailbox.move_bounces_to !== null && mailbox.move_bounces_to !== folders[0]
    if (folders.length > 1 || settlement.openedSentFolder) {
      await source.openFolder(folders[0]!, moving)
    }
  }

  private async connect(mailbox: MailboxRow, account: AccountRow): Promise<MailboxSource> {
    if (this.source) return this.source
    const source = await this.deps.openSource(mailbox, account)
    if (this.stopped) {
      await source.close().catch(() => {})
      throw new Error('The reader stopped')
    }
    this.source = source
    this.stopListening = source.onNewMail(() => this.newMail())
    return source
  }

  private newMail(): void {
    if (this.stopped || this.waitingForUser || this.deps.held()) return
    if (this.reading) {
      this.again = true
      return
    }
    this.arm(NEW_MAIL_DELAY_MS)
  }

  private markHeld(): void {
    recordStanding(this.deps.db, this.accountId, { state: 'held' })
  }

  private arm(ms: number): void {
    this.clearTimer()
    if (this.stopped) return
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = null
      void this.run()
    }, ms)
  }

  private clearTimer(): void {
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer)
    this.timer = null
  }

  private async disconnect(): Promise<void> {
    this.stopListening?.()
    this.stopListening = null
    const source = this.source
    this.source = null
    await source?.close().catch(() => {})
  }
}
