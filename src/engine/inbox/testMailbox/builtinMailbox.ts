/**
 * The built-in account's mailbox: the test mailbox, read like any account's IMAP folders. Its
 * settings row exists so the window shows it and the reader picks it up; the reader asks
 * `testMailboxSourceFor` before it would open IMAP.
 */
import { selectBuiltinAccountId } from '../../db/inbox'
import { selectMailbox, upsertMailbox } from '../../db/mailboxes'
import type { Db } from '../../db/open'
import type { MailboxSource } from '../../mailbox/source'
import { TEST_INBOX_FOLDER, TEST_SENT_FOLDER } from './names'
import { openTestMailboxSource } from './testMailboxSource'

/** Gives the built-in account its mailbox row when it has none; an existing row is kept as is. */
export function ensureBuiltinMailbox(db: Db, accountId: number, now: number): void {
  if (selectMailbox(db, accountId)) return
  upsertMailbox(db, {
    account_id: accountId,
    host: '127.0.0.1',
    port: 0, // no server: the reader reads the table
    security: 'none',
    username: null,
    secret: null,
    folders: JSON.stringify([TEST_INBOX_FOLDER]),
    sent_folder: TEST_SENT_FOLDER,
    move_bounces_to: null,
    now,
  })
}

export function isBuiltinAccount(db: Db, accountId: number): boolean {
  return selectBuiltinAccountId(db) === accountId
}

/** The test mailbox when this is the built-in account, else null (the caller opens IMAP). */
export function testMailboxSourceFor(db: Db, accountId: number): MailboxSource | null {
  return isBuiltinAccount(db, accountId) ? openTestMailboxSource(db) : null
}
