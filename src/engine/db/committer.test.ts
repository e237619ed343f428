/**
 * The group commit on a real SQLite file: callers hear back only once the WAL's sync, run off
 * the engine's thread, has finished — never at the commit itself.
 */
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { Committer } from './committer'
import { databasePath, openDatabase, type Db } from './open'
import { WalSync, type FlushFile } from './walSync'

const tempDir = useTempDir()

/** A flush that finishes only when the test says so, counting its calls. */
function heldFlush() {
  const pending: ((error: Error | null) => void)[] = []
  const flush: FlushFile = (_fd, done) => void pending.push(done)
  return {
    flush,
    get calls() {
      return pending.length
    },
    finish: (i: number, error: Error | null = null) => pending[i]!(error),
  }
}

function setUp(flush: FlushFile) {
  const file = databasePath(tempDir())
  const db = openDatabase(file)
  db.exec('CREATE TABLE t (v INTEGER)')
  const committer = new Committer(db, new WalSync(`${file}-wal`, flush))
  const other = new Database(file, { readonly: true })
  const count = () => other.prepare('SELECT count(*) FROM t').pluck().get() as number
  return { db, committer, count, close: () => (other.close(), db.close()) }
}

const insert = (db: Db) => db.prepare('INSERT INTO t (v) VALUES (1)').run().changes
const settled = async (p: Promise<unknown>) => {
  let done = false
  void p.then(
    () => (done = true),
    () => (done = true),
  )
  for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r))
  return done
}

describe('Committer', () => {
  it('answers only after the WAL sync that follows the commit has finished', async () => {
    const flush = heldFlush()
    const { committer, count, close, db } = setUp(flush.flush)
    await committer.run(insert) // the first commit syncs itself (FULL), folder entry included
    expect(flush.calls).toBe(0)

    const second = committer.run(insert)
    expect(await settled(second)).toBe(false)
    expect(count()).toBe(2) // committed and visible…
    expect(flush.calls).toBe(1) // …its sync asked for…
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // others still write with FULL
    flush.finish(0)
    await expect(second).resolves.toBe(1) // …and only then acknowledged
    await committer.close()
    close()
  })

  it('stages: answers at the commit, with its durability still to come', async () => {
    const flush = heldFlush()
    const { committer, count, close } = setUp(flush.flush)
    await committer.run(insert)
    const staged = await committer.stage(insert)
    expect(staged.value).toBe(1)
    expect(count()).toBe(2)
    expect(await settled(staged.durable)).toBe(false) // the sync has not answered yet
    flush.finish(0)
    await expect(staged.durable).resolves.toBeUndefined()

    const failing = await committer.stage(insert)
    flush.finish(1, new Error('EIO: i/o error, fdatasync'))
    await expect(failing.durable).rejects.toThrow('EIO')
    await committer.close()
    close()
  })

  it('stages a write that fails: the caller hears of it at once, the others commit', async () => {
    const flush = heldFlush()
    const { committer, count, close } = setUp(flush.flush)
    await committer.run(insert)
    const failing = committer.stage(() => {
      throw new Error('no such row')
    })
    const fine = committer.stage(insert)
    await expect(failing).rejects.toThrow('no such row')
    expect((await fine).value).toBe(1)
    expect(count()).toBe(2)
    flush.finish(0)
    await committer.close()
    close()
  })

  it('lets the commits made during one sync share the next', async () => {
    const flush = heldFlush()
    const { committer, close } = setUp(flush.flush)
    await committer.run(insert)
    const a = committer.run(insert)
    await settled(a)
    const b = committer.run(insert)
    await settled(b)
    const c = committer.run(insert)
    await settled(c)
    expect(flush.calls).toBe(1) // b and c wait for a sync that starts after them
    flush.finish(0)
    await a
    expect(await settled(b)).toBe(false)
    expect(flush.calls).toBe(2)
    flush.finish(1)
    await expect(Promise.all([b, c])).resolves.toEqual([1, 1])
    await committer.close()
    close()
  })

  it('passes a failed sync on to every caller of the commits it covered', async () => {
    const flush = heldFlush()
    const { committer, close } = setUp(flush.flush)
    await committer.run(insert)
    const a = committer.run(insert)
    await settled(a)
    flush.finish(0, new Error('EIO: i/o error, fdatasync'))
    await expect(a).rejects.toThrow('EIO')
    const b = committer.run(insert) // the next round starts afresh
    await settled(b)
    flush.finish(1)
    await expect(b).resolves.toBe(1)
    await committer.close()
    close()
  })

  it('syncs a real WAL file through the thread pool', async () => {
    const file = databasePath(tempDir())
    const db = openDatabase(file)
    db.exec('CREATE TABLE t (v INTEGER)')
    const committer = new Committer(db)
    const results = await Promise.all(Array.from({ length: 20 }, () => committer.run(insert)))
    expect(results).toEqual(Array(20).fill(1))
    for (let i = 0; i < 5; i++) await committer.run(insert)
    expect(db.prepare('SELECT count(*) FROM t').pluck().get()).toBe(25)
    await committer.close()
    db.close()
  })

  it('commits an in-memory database with nothing to sync', async () => {
    const db = new Database(':memory:')
    db.exec('CREATE TABLE t (v INTEGER)')
    const committer = new Committer(db)
    await expect(committer.run(insert)).resolves.toBe(1)
    await expect(committer.run(insert)).resolves.toBe(1)
    db.close()
  })
})
