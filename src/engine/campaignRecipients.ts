/**
 * A campaign's recipient list: what may be written (no duplicates, no suppressed addresses,
 * inline or from a file alike), writing it with its variable names, and reading it back by page.
 */
import type { RecipientFileInput, RecipientInput, RecipientRow } from '@shared/contract'
import { OutboxError } from '@shared/errors'
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
import { findZoneColumn, summarizeZones, ZoneReader } from './import/zoneColumn'
import { updateZoneColumn } from './db/hoursAndSpread'
import type { EngineLog } from './log/engineLog'

export interface RecipientsGiven {
  recipients: RecipientInput[]
  recipientsFile: RecipientFileInput | null
}

/**
 * The recipients to write. A file is read by the import, which leaves out duplicates and
 * suppressed addresses and reports every row it leaves out. An inline list loses its
 * duplicates by the same rule, whichever command brings it; its suppressed addresses are kept
 * when `inline` is 'keep-suppressed' (campaigns.create: they show as skipped once started), and
 * left out too when 'cleaned' (setRecipients, as its contract says). Either way the answer's
 * recipient count says what was written. Recipients given but none left is an error; none
 * given is an empty draft.
 */
export async function recipientsToWrite(
  db: Db,
  given: RecipientsGiven,
  inline: 'keep-suppressed' | 'cleaned',
): Promise<{ recipients: RecipientInput[]; duplicates: string[] }> {
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
    return { recipients: list, duplicates: [] } // the import reported its own
  }
  const unique = firstOfEachAddress(given.recipients)
  const kept = new Set(unique)
  const duplicates = given.recipients.filter((r) => !kept.has(r)).map((r) => r.email)
  const list =
    inline === 'cleaned'
      ? unique.filter((r) => selectSuppressionReason(db, r.email) === undefined)
      : unique
  if (given.recipients.length > 0 && list.length === 0) {
    throw new OutboxError(
      'invalid_input',
      'No recipient can be written: every address is a duplicate or suppressed',
      undefined,
      { reason: 'recipients.allExcluded' },
    )
  }
  return { recipients: list, duplicates }
}

/** Inside the transaction that wrote the list: the log says which repeated addresses went. */
export function logDuplicatesLeftOut(
  db: Db,
  log: EngineLog,
  campaignId: number,
  duplicates: readonly string[],
): void {
  if (duplicates.length === 0) return
  const examples = duplicates.slice(0, 3).join(', ')
  log.write(db, {
    level: 'info',
    kind: 'campaign.duplicatesLeftOut',
    campaignId,
    message: `${duplicates.length} repeated address(es) left out: ${examples}`,
    params: { count: duplicates.length, examples },
  })
}

/** The first of each address (any case): the import's rule for duplicates. */
function firstOfEachAddress(recipients: RecipientInput[]): RecipientInput[] {
  const seen = new Set<string>()
  return recipients.filter((r) => {
    const key = r.email.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Inside a transaction: the rows with their time zones (from a zone column, if any), and the
 * variable names the editor offers.
 */
export function writeRecipients(
  db: Db,
  campaignId: number,
  recipients: readonly RecipientInput[],
  now: number,
): void {
  const variables = variableNames(recipients)
  const zoneColumn = findZoneColumn(variables)
  const zones = new ZoneReader()
  insertRecipients(db, campaignId, recipients, (r) =>
    zoneColumn === null ? null : zones.zoneOf(r.data[zoneColumn]),
  )
  updateVariables(db, { id: campaignId, variables, now })
  const summary = summarizeZones(recipients, zoneColumn, zones)
  updateZoneColumn(db, { id: campaignId, column: zoneColumn, known: summary?.known ?? 0 })
}

/** Every data key, in the order first met: a file's columns, or the union of inline keys. */
function variableNames(recipients: readonly RecipientInput[]): string[] {
  const names = new Set<string>()
  for (const r of recipients) for (const key in r.data) names.add(key)
  return [...names]
}

export function publicRecipient(row: NumberedRecipientRow): RecipientRow {
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
): { total: number; items: RecipientRow[] } {
  return {
    total: countMatchingRecipients(db, p),
    items: selectRecipientsPage(db, p).map(publicRecipient),
  }
}
