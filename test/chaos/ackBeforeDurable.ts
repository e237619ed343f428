/**
 * A deliberately broken group commit, for the crash suite to prove it would notice: every
 * write is answered at once, while its transaction stays open and is committed only a moment
 * later — an outcome (and the next claim) acknowledged before it is durable. A kill inside that
 * moment rolls back rows that did go out, and they are sent again without a word.
 */
import { Committer, type Staged } from '@engine/db/committer'
import type { Db } from '@engine/db/open'

const COMMIT_EVERY_MS = 250

export class AckBeforeDurable extends Committer {
  private open = false

  constructor(private readonly connection: Db) {
    super(connection, null)
  }

  /** `run` stages too: both answer with the transaction still open. */
  override stage<T>(work: (db: Db) => T): Promise<Staged<T>> {
    if (!this.open) {
      this.connection.exec('BEGIN IMMEDIATE')
      this.open = true
      setTimeout(() => {
        this.connection.exec('COMMIT')
        this.open = false
      }, COMMIT_EVERY_MS)
    }
    try {
      return Promise.resolve({ value: work(this.connection), durable: Promise.resolve() })
    } catch (error) {
      return Promise.reject(error)
    }
  }
}
