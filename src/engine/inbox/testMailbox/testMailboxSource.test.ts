/** The test mailbox read as the reader reads any mailbox, over a real database. */
import { describe, expect, it } from 'vitest'
import { databasePath, openDatabase, type Db } from '@engine/db/open'
import { MailboxError } from '@engine/mailbox/source'
import { useCleanups } from '@test/support/cleanups'
import { useTempDir } from '@test/support/tempDir'
import { storeInTestMailbox } from './newMail'
import { openTestMailboxSource } from './testMailboxSource'

const tempDir = useTempDir()
const cleanup = useCleanups()

function openDb(): Db {
  const db = openDatabase(databasePath(tempDir()))
  cleanup(() => void db.close())
  return db
}

function message(id: string, body = 'Hello.', newline = '\r\n'): Buffer {
  return Buffer.from(
    [`From: a@example.test`, `Subject: ${id}`, `Message-ID: <${id}>`, '', body, ''].join(newline),
  )
}

function source(db: Db) {
  const s = openTestMailboxSource(db)
  cleanup(() => s.close())
  return s
}

const flush = () => new Promise((resolve) => setImmediate(resolve))

describe('the test mailbox as a MailboxSource', () => {
  it('opens INBOX and Sent, and refuses a folder it does not have', async () => {
    const db = openDb()
    storeInTestMailbox(db, 1000, [
      { folder: 'Sent', raw: message('s1@x.test') },
      { folder: 'INBOX', raw: message('i1@x.test') },
      { folder: 'INBOX', raw: message('i2@x.test') },
    ])
    const s = source(db)
    expect(await s.listFolders()).toEqual([
      { path: 'INBOX', specialUse: null },
      { path: 'Sent', specialUse: '\\Sent' },
    ])
    expect(await s.openFolder('inbox')).toEqual({
      path: 'INBOX',
      uidValidity: '1',
      uidNext: 4,
      exists: 2,
    })
    expect(await s.openFolder('Sent')).toMatchObject({ exists: 1, uidNext: 4 })
    const refused = await s.openFolder('Archive').catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(MailboxError)
    expect(refused).toMatchObject({ reason: 'folder', step: 'folder' })
  })

  it('gives headers after a UID, then bodies cut at a size', async () => {
    const db = openDb()
    const long = 'x'.repeat(500)
    const [, , third] = storeInTestMailbox(db, 2000, [
      { folder: 'INBOX', raw: message('a@x.test') },
      { folder: 'Sent', raw: message('b@x.test') },
      { folder: 'INBOX', raw: message('c@x.test', long) },
      { folder: 'INBOX', raw: message('d@x.test', 'Bare LF.', '\n') },
    ])
    const s = source(db)
    await s.openFolder('INBOX')
    const heads = await s.fetchHeadersAfter(1, 10)
    expect(heads.map((h) => h.uid)).toEqual([3, 4])
    expect(heads[0]).toEqual({
      uid: 3,
      headers: Buffer.from(
        'From: a@example.test\r\nSubject: c@x.test\r\nMessage-ID: <c@x.test>\r\n\r\n',
      ),
      size: message('c@x.test', long).length,
      receivedAt: 2000,
    })
    expect(heads[1]!.headers.toString()).toBe(
      'From: a@example.test\nSubject: d@x.test\nMessage-ID: <d@x.test>\n\n',
    )
    expect((await s.fetchHeadersAfter(0, 1)).map((h) => h.uid)).toEqual([1])

    const bodies = await s.fetchBodies([third!, 1, 2, 99], 100)
    expect(bodies.map((b) => [b.uid, b.raw.length, b.truncated])).toEqual([
      [1, message('a@x.test').length, false],
      [3, 100, true],
    ])
    expect(bodies[1]!.raw).toEqual(message('c@x.test', long).subarray(0, 100))
  })

  it('finds a message by its Message-ID header, not by a quote of it', async () => {
    const db = openDb()
    storeInTestMailbox(db, 1, [
      { folder: 'Sent', raw: message('quoted@x.test', 'In reply to <wanted@x.test>.') },
      { folder: 'Sent', raw: message('wanted@x.test') },
      { folder: 'INBOX', raw: message('wanted@x.test') },
    ])
    const s = source(db)
    await s.openFolder('Sent')
    expect(await s.searchMessageId('<wanted@x.test>')).toEqual([2])
    expect(await s.searchMessageId('wanted@x.test')).toEqual([2])
    expect(await s.searchMessageId('missing@x.test')).toEqual([])
  })

  it('moves as IMAP does: a new UID in the target folder, made when missing', async () => {
    const db = openDb()
    storeInTestMailbox(db, 1, [
      { folder: 'INBOX', raw: message('a@x.test') },
      { folder: 'INBOX', raw: message('b@x.test') },
    ])
    const s = source(db)
    await s.openFolder('INBOX')
    await s.move([1], 'Bounces')
    expect((await s.fetchHeadersAfter(0, 10)).map((h) => h.uid)).toEqual([2])
    expect((await s.listFolders()).map((f) => f.path)).toEqual(['INBOX', 'Sent', 'Bounces'])
    expect(await s.openFolder('Bounces')).toMatchObject({ exists: 1, uidNext: 4 })
    const [moved] = await s.fetchBodies([3], 10_000)
    expect(moved!.raw).toEqual(message('a@x.test'))
  })

  it('calls back when the open folder gains mail, and not after close', async () => {
    const db = openDb()
    const s = source(db)
    await s.openFolder('INBOX')
    const calls: string[] = []
    const stop = s.onNewMail(() => calls.push('first'))
    s.onNewMail(() => calls.push('second'))
    storeInTestMailbox(db, 1, [{ folder: 'Sent', raw: message('a@x.test') }])
    await flush()
    expect(calls).toEqual([])
    storeInTestMailbox(db, 1, [{ folder: 'INBOX', raw: message('b@x.test') }])
    await flush()
    expect(calls).toEqual(['first', 'second'])
    stop()
    storeInTestMailbox(db, 1, [{ folder: 'INBOX', raw: message('c@x.test') }])
    await flush()
    expect(calls).toEqual(['first', 'second', 'second'])
    await s.close()
    storeInTestMailbox(db, 1, [{ folder: 'INBOX', raw: message('d@x.test') }])
    await flush()
    expect(calls).toHaveLength(3)
    await expect(s.fetchHeadersAfter(0, 1)).rejects.toMatchObject({ reason: 'closed' })
  })
})
