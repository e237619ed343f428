/**
 * A campaign's recipient list: what may be written (no duplicates, no suppressed addresses,
 * inline or from a file alike), writing it with its variable names, and reading it back by page.
 */
import type { z } from 'zod'
import type { RecipientFileInput, RecipientInput, RecipientRow } from '../../shared/contract'
import { OutboxError } from '../../shared/errors'
import { updateVariables } from './db/campaigns'
import type { Db } from './db/open'
import {
  countMatchingRecipients,
  insertRecipients,
  selectRecipientsPage,
  type NumberedRecipientRow,
} from './db/recipients'
import { selectSuppressionReason } from './db/suppressions'
import { readRecipientFile } from './import/recipientFile'

type Recipient = z.output<typeof RecipientInput>

export interface RecipientsGiven {
  recipients: Recipient[]
  recipientsFile: z.output<typeof RecipientFileInput> | null
}

/**
 * The recipients to write. A file is read by the import, which leaves out duplicates and
 * suppressed addresses and reports every row it leaves out. An inline list is taken as given
 * when `inline` is 'as-given' (campaigns.create: a suppressed address shows as skipped once
 * started), or cleaned by the same rules when 'cleaned' (setRecipients, as its contract says).
 * Recipients given but none left is an error; none given is an empty draft.
 */
export async function recipientsToWrite(
  db: Db,
  given: RecipientsGiven,
  inline: 'as-given' | 'cleaned',
): Promise<Recipient[]> {
  if (given.recipientsFile) {
    const list = (await readRecipientFile(db, given.recipientsFile)).recipients
    if (list.length === 0) {
      throw new OutboxError(
        'invalid_input',
        'The file has no recipient that can be written',
        undefined,
        { reason: 'recipients.none' },
      )
    }
    return list
  }
  if (inline === 'as-given') return given.recipients
  const list = withoutDuplicatesOrSuppressed(db, given.recipients)
  if (given.recipients.length > 0 && list.length === 0) {
    throw new OutboxError(
      'invalid_input',
      'No recipient can be written: every address is a duplicate or suppressed',
      undefined,
      { reason: 'recipients.allExcluded' },
    )
  }
  return list
}

/** The first of each address (any case), none suppressed: the import's rules. */
function withoutDuplicatesOrSuppressed(db: Db, recipients: Recipient[]): Recipient[] {
  const seen = new Set<string>()
  return recipients.filter((r) => {
    const key = r.email.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return selectSuppressionReason(db, r.email) === undefined
  })
}

/** Inside a transaction: the rows, and the variable names the editor offers. */
export function writeRecipients(
  db: Db,
  campaignId: number,
  recipients: readonly Recipient[],
  now: number,
): void {
  insertRecipients(db, campaignId, recipients)
  updateVariables(db, { id: campaignId, variables: variableNames(recipients), now })
}

/** Every data key, in the order first met: a file's columns, or the union of inline keys. */
function variableNames(recipients: readonly Recipient[]): string[] {
  const names = new Set<string>()
  for (const r of recipients) for (const key in r.data) names.add(key)
  return [...names]
}

export function publicRecipient(row: NumberedRecipientRow): z.output<typeof RecipientRow> {
  return {
    id: row.id,
    row: row.row,
    email: row.email,
    data: JSON.parse(row.data) as Record<string, unknown>,
  }
}

export function listRecipients(
  db: Db,
  p: { campaignId: number; search: string | null; limit: number; offset: number },
): { total: number; items: z.output<typeof RecipientRow>[] } {
  return {
    total: countMatchingRecipients(db, p),
    items: selectRecipientsPage(db, p).map(publicRecipient),
  }
}
