/**
 * A committer that knows how many writes are still on their way (queued, committing, or
 * waiting for the WAL's sync), so a test can tell "the engine is quiet" from "a commit has not
 * come back yet". Optionally slows every sync down, to make that window wide on purpose.
 */
import { fdatasync } from 'node:fs'
import { Committer, type Staged } from '@engine/db/committer'
import type { Db } from '@engine/db/open'
import { WalSync } from '@engine/db/walSync'

export class CountingCommitter extends Committer {
  private onTheirWay = 0

  constructor(db: Db, syncDelayMs = 0) {
    const slowSync = (fd: number, done: (error: Error | null) => void) =>
      setTimeout(() => fdatasync(fd, done), syncDelayMs)
    super(db, syncDelayMs > 0 ? new WalSync(`${db.name}-wal`, slowSync) : undefined)
  }

  get inFlight(): number {
    return this.onTheirWay
  }

  /** `run` stages too: each write counts until its commit is durable, or has failed. */
  override async stage<T>(work: (db: Db) => T): Promise<Staged<T>> {
    this.onTheirWay++
    let staged: Staged<T>
    try {
      staged = await super.stage(work)
    } catch (error) {
      this.onTheirWay--
      throw error
    }
    const done = () => void this.onTheirWay--
    staged.durable.then(done, done)
    return staged
  }
}
