/**
 * An account's mailbox settings as the window sees and edits them: the password goes in sealed
 * and never comes out, like the SMTP one.
 */
import type { Mailbox, MailboxInput, Params } from '@shared/contract'
import type { Clock } from '@shared/clock'
import {
  deleteMailbox,
  selectMailbox,
  selectMailboxTallies,
  upsertMailbox,
  type MailboxRow,
} from '../db/mailboxes'
import type { Db } from '../db/open'
import type { SecretStore } from '../secrets/secretStore'

export function publicMailbox(db: Db, accountId: number): Mailbox | null {
  const row = selectMailbox(db, accountId)
  if (!row) return null
  const tallies = selectMailboxTallies(db, accountId)
  return {
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    hasPassword: row.secret !== null,
    folders: foldersOf(row),
    sentFolder: row.sent_folder,
    moveBouncesTo: row.move_bounces_to,
    status: {
      state: row.state,
      lastReadAt: row.read_at,
      nextAttemptAt: row.next_attempt_at,
      reason: row.reason,
      step: row.step,
      params: row.params ? (JSON.parse(row.params) as Params) : {},
      scanned: tallies.scanned,
      recognised: tallies.recognised,
    },
  }
}

export function foldersOf(row: Pick<MailboxRow, 'folders'>): string[] {
  return JSON.parse(row.folders) as string[]
}

/**
 * Stores (or removes, for null) an account's mailbox. An absent password keeps the stored one;
 * null means "use the SMTP password".
 */
export function saveMailbox(
  db: Db,
  secrets: SecretStore,
  clock: Clock,
  accountId: number,
  input: MailboxInput | null,
): void {
  if (input === null) {
    deleteMailbox(db, accountId)
    return
  }
  const stored = selectMailbox(db, accountId)
  const secret =
    input.password === undefined
      ? (stored?.secret ?? null)
      : input.password
        ? secrets.seal(input.password)
        : null
  upsertMailbox(db, {
    account_id: accountId,
    host: input.host,
    port: input.port,
    security: input.security,
    username: input.username || null,
    secret,
    folders: JSON.stringify([...new Set(input.folders)]),
    sent_folder: input.sentFolder,
    move_bounces_to: input.moveBouncesTo,
    now: clock.now(),
  })
}
