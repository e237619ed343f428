/** The address an unsubscribe request by mail may go to by default (see unsubscribeMailto). */
import type { AccountRow } from '../db/accounts'
import { selectMailbox } from '../db/mailboxes'
import type { Db } from '../db/open'

/** The account's From address when Outbox reads its mailbox; else null (no default mailto). */
export function readAddressOf(db: Db, account: AccountRow): string | null {
  return selectMailbox(db, account.id) ? account.from_email : null
}
