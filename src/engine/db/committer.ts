/**
 * Group commit: every write asked for in the same turn of the event loop runs in ONE
 * IMMEDIATE transaction, so parallel SMTP connections finishing together cost one fsync,
 * not one each, and synchronous=FULL stays on. Each caller gets its own result back.
 */
import type { Db } from './open'

interface Pending {
  work: (db: Db) => unknown
  resolve: (value: unknown) => void
  reject: (error: unknown) => void
}

export class Committer {
  private queue: Pending[] = []
  private scheduled = false

  constructor(private readonly db: Db) {}

  run<T>(work: (db: Db) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject })
      if (!this.scheduled) {
        this.scheduled = true
        setImmediate(() => this.flush())
      }
    })
  }

  private flush(): void {
    this.scheduled = false
    const batch = this.queue
    this.queue = []
    const results: { ok: boolean; value: unknown }[] = []
    try {
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
    }
    batch.forEach((item, i) => {
      const result = results[i]!
      if (result.ok) item.resolve(result.value)
      else item.reject(result.value)
    })
  }
}
