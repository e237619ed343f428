/** The reader's standing as the account's mailbox row keeps it (the window shows it). */
import type { Db } from '@engine/db/open'
import { updateMailboxStanding, type MailboxRow } from '@engine/db/mailboxes'
import { MailboxError } from '../source'

export function recordStanding(
  db: Db,
  accountId: number,
  s: {
    state: MailboxRow['state']
    error?: MailboxError | null
    readAt?: number | null
    nextAttemptAt?: number | null
  },
): void {
  const error = s.error ?? null
  updateMailboxStanding(db, accountId, {
    state: s.state,
    reason: error?.reason ?? null,
    step: error?.step ?? null,
    params: error?.detail ? JSON.stringify({ detail: error.detail }) : null,
    read_at: s.readAt ?? null,
    next_attempt_at: s.nextAttemptAt ?? null,
  })
}

/** Anything a read throws, as a MailboxError: what is not one is a network failure. */
export function asMailboxError(error: unknown): MailboxError {
  if (error instanceof MailboxError) return error
  const message = error instanceof Error ? error.message : String(error)
  return new MailboxError(message, 'network', null, message)
}
