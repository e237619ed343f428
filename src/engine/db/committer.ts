/**
 * Group commit: every write asked for in the same turn of the event loop runs in ONE
 * IMMEDIATE transaction, so parallel SMTP connections finishing together cost one commit, not
 * one each. Each caller gets its own result back — only once the commit is durable.
 *
 * Where the database has a write-ahead log on disk, the fsync runs off the engine's thread
 * (walSync.ts): the transaction commits with synchronous=NORMAL and the callers wait for the
 * WAL's fdatasync, so a sync no longer stalls the window's commands, the other connections'
 * MIME building and their sockets. Every other writer keeps synchronous=FULL; its sync also
 * covers the sender's frames before it, as the WAL is written in order.
 *
 * `stage()` answers at the commit itself, with the promise of its durability beside the
 * result: for a caller that can do work that commits to nothing meanwhile (the sender writes
 * a message's envelope and body and holds back only the final dot until the sync is done).
 */
import type { Statement } from 'better-sqlite3'
import type { Db } from './open'
import { WalSync } from './walSync'

/** A write committed but perhaps not yet durable: nothing may act on it before `durable`. */
export interface Staged<T> {
  value: T
  durable: Promise<void>
}

interface Pending {
  work: (db: Db) => unknown
  resolve: (staged: Staged<unknown>) => void
  reject: (error: unknown) => void
}

const alreadyDurable = Promise.resolve()

/** A WAL on disk can be synced from another thread; an in-memory database has nothing to sync. */
export function walSyncOf(db: Db): WalSync | null {
  if (db.memory || db.pragma('journal_mode', { simple: true }) !== 'wal') return null
  return new WalSync(`${db.name}-wal`)
}

export class Committer {
  private queue: Pending[] = []
  private scheduled = false
  private readonly syncNormal: Statement | null
  private readonly syncFull: Statement | null
  /**
   * The first commit keeps FULL: SQLite then syncs the WAL's folder entry too, once, which a
   * plain fdatasync of the file would not.
   */
  private first = true

  constructor(
    private readonly db: Db,
    private readonly walSync: WalSync | null = walSyncOf(db),
  ) {
    this.syncNormal = walSync && db.prepare('PRAGMA synchronous = NORMAL')
    this.syncFull = walSync && db.prepare('PRAGMA synchronous = FULL')
  }

  /** Runs `work` in the next group commit; answers once its commit is durable. */
  async run<T>(work: (db: Db) => T): Promise<T> {
    const { value, durable } = await this.stage(work)
    await durable
    return value
  }

  /**
   * Runs `work` in the next group commit; answers at the commit, with the promise of its
   * durability. A failed sync rejects `durable`: the caller must wait for it before acting.
   */
  stage<T>(work: (db: Db) => T): Promise<Staged<T>> {
    return new Promise<Staged<T>>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (staged: Staged<unknown>) => void, reject })
      if (!this.scheduled) {
        this.scheduled = true
        setImmediate(() => this.flush())
      }
    })
  }

  /** Waits for the sync under way; later writes go through synchronously with FULL. */
  async close(): Promise<void> {
    await this.walSync?.close()
  }

  private flush(): void {
    this.scheduled = false
    const batch = this.queue
    this.queue = []
    const results: { ok: boolean; value: unknown }[] = []
    const offThread = this.walSync !== null && !this.first
    this.first = false
    try {
      if (offThread) this.syncNormal!.run()
      this.db
        .transaction(() => {
          for (const item of batch) {
            // A failing item must not take the others down with it: savepoint each one.
            try {
              results.push({ ok: true, value: this.db.transaction(() => item.work(this.db))() })
            } catch (error) {
              results.push({ ok: false, value: error })
            }
          }
        })
        .immediate()
    } catch (error) {
      for (const item of batch) item.reject(error)
      return
    } finally {
      if (offThread) this.syncFull!.run()
    }
    // Committed but not yet durable: nobody may act on it before the sync says so.
    const durable = offThread ? this.walSync!.afterCommit() : alreadyDurable
    durable.catch(() => {}) // each caller hears of a failed sync through its own wait
    batch.forEach((item, i) => {
      const result = results[i]!
      if (!result.ok) return item.reject(result.value)
      item.resolve({ value: result.value, durable })
    })
  }
}
