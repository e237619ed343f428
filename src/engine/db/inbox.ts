/** One statement per function: the built-in test inbox. */
import type { Db } from './open'
import { prepared } from './prepared'

export interface InboxRow {
  id: number
  received_at: number
  mail_from: string
  rcpt_to: string
  message_id: string | null
  subject: string | null
  size: number
}

export function insertInboxMessage(
  db: Db,
  m: Omit<InboxRow, 'id' | 'size'> & { raw: Buffer },
): number {
  return Number(
    prepared(
      db,
      `INSERT INTO inbox_messages (received_at, mail_from, rcpt_to, message_id, subject, size, raw)
       VALUES (@received_at, @mail_from, @rcpt_to, @message_id, @subject, @size, @raw)`,
    ).run({ ...m, size: m.raw.length }).lastInsertRowid,
  )
}

/** Newest first; `beforeId` pages backwards. */
export function selectInboxMessages(
  db: Db,
  p: { beforeId: number | null; limit: number },
): InboxRow[] {
  return prepared(
    db,
    `SELECT id, received_at, mail_from, rcpt_to, message_id, subject, size FROM inbox_messages
     WHERE (@beforeId IS NULL OR id < @beforeId) ORDER BY id DESC LIMIT @limit`,
  ).all(p) as InboxRow[]
}

export function selectInboxRaw(db: Db, id: number): Buffer | undefined {
  const row = prepared(db, 'SELECT raw FROM inbox_messages WHERE id = ?').get(id) as
    { raw: Buffer } | undefined
  return row?.raw
}

export function deleteInboxMessages(db: Db): number {
  return prepared(db, 'DELETE FROM inbox_messages').run().changes
}

export function selectBuiltinAccountId(db: Db): number | undefined {
  return prepared(db, 'SELECT id FROM accounts WHERE builtin = 1').pluck().get() as
    number | undefined
}

/** The built-in account's own From address: mail to it lands in the test mailbox's INBOX. */
export function selectBuiltinAccountAddress(db: Db): string | undefined {
  return prepared(db, 'SELECT from_email FROM accounts WHERE builtin = 1').pluck().get() as
    string | undefined
}

export function updateBuiltinAccountEndpoint(
  db: Db,
  p: { id: number; port: number; secret: string; now: number },
): void {
  prepared(
    db,
    'UPDATE accounts SET port = @port, secret = @secret, updated_at = @now WHERE id = @id',
  ).run(p)
}

export function insertBuiltinAccount(
  db: Db,
  p: { port: number; secret: string; now: number },
): number {
  return Number(
    prepared(
      db,
      `INSERT INTO accounts (name, host, port, security, username, secret, from_name, from_email,
         created_at, updated_at, builtin)
       VALUES ('Test inbox', '127.0.0.1', @port, 'none', 'outbox', @secret, 'Outbox test',
         'test@outbox.localhost', @now, @now, 1)`,
    ).run(p).lastInsertRowid,
  )
}
