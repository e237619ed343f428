/** One statement per function: how far the reader got in each folder of an account's mailbox. */
import type { Db } from './open'
import { prepared } from './prepared'

export interface MailboxCursorRow {
  account_id: number
  folder: string
  /** UIDs below are only comparable under this UIDVALIDITY. */
  uid_validity: string
  /** The highest UID looked at (recognised or not). */
  last_uid: number
  scanned: number
  recognised: number
  read_at: number | null
}

export function selectMailboxCursor(
  db: Db,
  accountId: number,
  folder: string,
): MailboxCursorRow | undefined {
  return prepared(db, 'SELECT * FROM mailbox_cursors WHERE account_id = ? AND folder = ?').get(
    accountId,
    folder,
  ) as MailboxCursorRow | undefined
}

/**
 * Moves a folder's cursor past a batch and adds its tallies. A new UIDVALIDITY starts the folder
 * over: `last_uid` is then the batch's, not the larger of both.
 */
export function advanceMailboxCursor(
  db: Db,
  c: {
    accountId: number
    folder: string
    uidValidity: string
    lastUid: number
    scanned: number
    recognised: number
    now: number
  },
): void {
  prepared(
    db,
    `INSERT INTO mailbox_cursors (account_id, folder, uid_validity, last_uid, scanned, recognised,
       read_at)
     VALUES (@accountId, @folder, @uidValidity, @lastUid, @scanned, @recognised, @now)
     ON CONFLICT (account_id, folder) DO UPDATE SET
       last_uid = CASE WHEN uid_validity = @uidValidity THEN max(last_uid, @lastUid)
                       ELSE @lastUid END,
       uid_validity = @uidValidity,
       scanned = scanned + @scanned, recognised = recognised + @recognised, read_at = @now`,
  ).run(c)
}
