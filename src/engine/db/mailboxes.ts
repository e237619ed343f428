/** One statement per function: an account's mailbox settings (the IMAP side), secret sealed. */
import type { Db } from './open'
import { prepared } from './prepared'

export interface MailboxRow {
  account_id: number
  host: string
  port: number
  security: 'tls' | 'starttls' | 'none'
  /** null: the SMTP login. */
  username: string | null
  /** Sealed by the SecretStore; null: the SMTP password. */
  secret: string | null
  /** JSON array of folder names. */
  folders: string
  sent_folder: string | null
  move_bounces_to: string | null
  /** The reader's standing (see MailboxStatus in the contract). */
  state: 'idle' | 'reading' | 'ok' | 'held' | 'error'
  reason: string | null
  step: string | null
  /** JSON of Params. */
  params: string | null
  read_at: number | null
  next_attempt_at: number | null
  created_at: number
  updated_at: number
}

/** What the user edits; a change resets the reader's standing to idle. */
export type MailboxFields = Pick<
  MailboxRow,
  | 'account_id'
  | 'host'
  | 'port'
  | 'security'
  | 'username'
  | 'secret'
  | 'folders'
  | 'sent_folder'
  | 'move_bounces_to'
>

export interface MailboxStanding {
  state: MailboxRow['state']
  reason: string | null
  step: string | null
  params: string | null
  read_at: number | null
  next_attempt_at: number | null
}

export function upsertMailbox(db: Db, m: MailboxFields & { now: number }): void {
  prepared(
    db,
    `INSERT INTO account_mailboxes (account_id, host, port, security, username, secret, folders,
       sent_folder, move_bounces_to, created_at, updated_at)
     VALUES (@account_id, @host, @port, @security, @username, @secret, @folders, @sent_folder,
       @move_bounces_to, @now, @now)
     ON CONFLICT (account_id) DO UPDATE SET host = @host, port = @port, security = @security,
       username = @username, secret = @secret, folders = @folders, sent_folder = @sent_folder,
       move_bounces_to = @move_bounces_to, state = 'idle', reason = NULL, step = NULL,
       params = NULL, next_attempt_at = NULL, updated_at = @now`,
  ).run(m)
}

/** The reader's standing after a read (or an attempt). `read_at` is kept when null. */
export function updateMailboxStanding(db: Db, accountId: number, s: MailboxStanding): void {
  prepared(
    db,
    `UPDATE account_mailboxes SET state = @state, reason = @reason, step = @step,
       params = @params, read_at = coalesce(@read_at, read_at), next_attempt_at = @next_attempt_at
     WHERE account_id = @accountId`,
  ).run({ ...s, accountId })
}

/** Messages looked at and recognised, over every folder of an account. */
export function selectMailboxTallies(
  db: Db,
  accountId: number,
): { scanned: number; recognised: number } {
  return prepared(
    db,
    `SELECT coalesce(sum(scanned), 0) AS scanned, coalesce(sum(recognised), 0) AS recognised
     FROM mailbox_cursors WHERE account_id = ?`,
  ).get(accountId) as { scanned: number; recognised: number }
}

export function deleteMailbox(db: Db, accountId: number): boolean {
  return (
    prepared(db, 'DELETE FROM account_mailboxes WHERE account_id = ?').run(accountId).changes === 1
  )
}

export function selectMailbox(db: Db, accountId: number): MailboxRow | undefined {
  return prepared(db, 'SELECT * FROM account_mailboxes WHERE account_id = ?').get(accountId) as
    MailboxRow | undefined
}

/** Every mailbox of an account not deleted, for the reader. */
export function selectActiveMailboxes(db: Db): MailboxRow[] {
  return prepared(
    db,
    `SELECT m.* FROM account_mailboxes m JOIN accounts a ON a.id = m.account_id
     WHERE a.deleted_at IS NULL ORDER BY m.account_id`,
  ).all() as MailboxRow[]
}
