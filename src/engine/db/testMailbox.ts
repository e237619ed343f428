/**
 * One statement per function: the built-in test inbox's own mailbox (what its account would find
 * over IMAP). UIDs come from one AUTOINCREMENT sequence over every folder, so they only grow.
 */
import type { Db } from './open'
import { prepared } from './prepared'

export interface TestMailboxRow {
  uid: number
  folder: string
  received_at: number
  raw: Buffer
}

export function insertTestMailboxMessage(db: Db, m: Omit<TestMailboxRow, 'uid'>): number {
  return Number(
    prepared(
      db,
      'INSERT INTO test_mailbox (folder, received_at, raw) VALUES (@folder, @received_at, @raw)',
    ).run(m).lastInsertRowid,
  )
}

/** The UID the next message gets, in any folder: one above the highest ever given. */
export function selectTestMailboxUidNext(db: Db): number {
  const highest = prepared(
    db,
    `SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'test_mailbox'), 0),
       coalesce((SELECT max(uid) FROM test_mailbox), 0))`,
  )
    .pluck()
    .get() as number
  return highest + 1
}

export function countTestMailboxFolder(db: Db, folder: string): number {
  return prepared(db, 'SELECT count(*) FROM test_mailbox WHERE folder = ?')
    .pluck()
    .get(folder) as number
}

/** Folders that hold a message (a move can make one besides INBOX and Sent). */
export function selectTestMailboxFolders(db: Db): string[] {
  return prepared(db, 'SELECT DISTINCT folder FROM test_mailbox ORDER BY folder')
    .pluck()
    .all() as string[]
}

export interface TestMailboxHeadRow {
  uid: number
  received_at: number
  size: number
  /** The first bytes of the message, enough to hold its header block in all but odd cases. */
  head: Buffer
}

/** Ascending by UID; `headBytes` bounds what is read of each message. */
export function selectTestMailboxHeadsAfter(
  db: Db,
  p: { folder: string; afterUid: number; limit: number; headBytes: number },
): TestMailboxHeadRow[] {
  return prepared(
    db,
    `SELECT uid, received_at, length(raw) AS size, substr(raw, 1, @headBytes) AS head
     FROM test_mailbox WHERE folder = @folder AND uid > @afterUid ORDER BY uid LIMIT @limit`,
  ).all(p) as TestMailboxHeadRow[]
}

export interface TestMailboxBodyRow {
  uid: number
  size: number
  raw: Buffer
}

/** These UIDs of a folder, each cut at `maxBytes`; `size` is the whole message's. */
export function selectTestMailboxBodies(
  db: Db,
  p: { folder: string; uids: number[]; maxBytes: number },
): TestMailboxBodyRow[] {
  return prepared(
    db,
    `SELECT uid, length(raw) AS size, substr(raw, 1, @maxBytes) AS raw FROM test_mailbox
     WHERE folder = @folder AND uid IN (SELECT value FROM json_each(@uids)) ORDER BY uid`,
  ).all({ ...p, uids: JSON.stringify(p.uids) }) as TestMailboxBodyRow[]
}

/** Messages of a folder whose bytes contain `needle` anywhere: the cheap first pass of a search. */
export function selectTestMailboxContaining(
  db: Db,
  p: { folder: string; needle: Buffer },
): TestMailboxRow[] {
  return prepared(
    db,
    `SELECT uid, folder, received_at, raw FROM test_mailbox
     WHERE folder = @folder AND instr(raw, @needle) > 0 ORDER BY uid`,
  ).all(p) as TestMailboxRow[]
}

/**
 * Moves messages as IMAP MOVE does: each gets a new UID in the target folder, so a reader whose
 * cursor there is past the old UID still sees it.
 */
export function moveTestMailboxMessages(
  db: Db,
  p: { from: string; uids: number[]; to: string },
): void {
  const params = { ...p, uids: JSON.stringify(p.uids) }
  db.transaction(() => {
    prepared(
      db,
      `INSERT INTO test_mailbox (folder, received_at, raw)
       SELECT @to, received_at, raw FROM test_mailbox
       WHERE folder = @from AND uid IN (SELECT value FROM json_each(@uids)) ORDER BY uid`,
    ).run(params)
    prepared(
      db,
      `DELETE FROM test_mailbox
       WHERE folder = @from AND uid IN (SELECT value FROM json_each(@uids))`,
    ).run(params)
  })()
}
