/**
 * Makes the write-ahead log durable from libuv's thread pool instead of the engine's thread.
 * The sender's commits run with synchronous=NORMAL (SQLite writes the WAL frames but does not
 * fsync them) and then wait here: `afterCommit()` resolves once an fdatasync that STARTED after
 * the commit has finished, so whatever the caller does next (hand over a message) follows a
 * durable record, exactly as under synchronous=FULL. Commits that arrive while a sync is on
 * the way share the next one: a group commit that costs the event loop nothing.
 */
import { close, fdatasync, openSync } from 'node:fs'

/** Flushes a file's data to the disk; node's fdatasync unless a test says. */
export type FlushFile = (fd: number, done: (error: Error | null) => void) => void

interface Round {
  promise: Promise<void>
  resolve: () => void
  reject: (error: unknown) => void
}

function newRound(): Round {
  let resolve!: () => void
  let reject!: (error: unknown) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

export class WalSync {
  private fd: number | null = null
  /** The sync under way, if any. */
  private running: Round | null = null
  /** Commits made while one runs: they need a sync that starts after them. */
  private waiting: Round | null = null

  constructor(
    private readonly walPath: string,
    private readonly flush: FlushFile = fdatasync,
  ) {}

  afterCommit(): Promise<void> {
    if (!this.running) return this.start(newRound())
    this.waiting ??= newRound()
    return this.waiting.promise
  }

  /** Resolves when no sync is under way; the file descriptor is closed. */
  async close(): Promise<void> {
    while (this.running) await this.running.promise.catch(() => {})
    if (this.fd !== null) close(this.fd, () => {})
    this.fd = null
  }

  private start(round: Round): Promise<void> {
    this.running = round
    let fd: number
    try {
      // Opened once, read-write (Windows flushes only through a handle that may write). The WAL
      // lives as long as the database is open: SQLite deletes it only when the last connection closes.
      fd = this.fd ??= openSync(this.walPath, 'r+')
    } catch (error) {
      this.finish(round, error)
      return round.promise
    }
    this.flush(fd, (error) => this.finish(round, error))
    return round.promise
  }

  private finish(round: Round, error: unknown): void {
    this.running = null
    if (error) round.reject(error)
    else round.resolve()
    const next = this.waiting
    this.waiting = null
    if (next) this.start(next)
  }
}
