/**
 * Uncertain sends (the connection broke after the message went out, or the app stopped) settled
 * from the account's own mailbox: a copy in the Sent folder, or a bounce naming the message,
 * shows the server took it. Not found: looked for again on later reads for a while after it
 * became uncertain, then left to the user. Never a resend.
 */
import type { Db } from '@engine/db/open'
import { selectUncertainOfAccount, type UncertainDeliveryRow } from '@engine/db/deliveries'
import type { MailboxSource } from '../source'

/** How long after a send became uncertain the Sent folder is searched for it. */
export const SENT_FOLDER_GRACE_MS = 30 * 60_000

export type SettledBy = 'sentFolder' | 'bounce'
export type Settle = (p: { campaignId: number; deliveryId: number; by: SettledBy }) => void

export interface Settlement {
  settled: number
  /** Whether the Sent folder was opened (the reader then opens its watched folder again). */
  openedSentFolder: boolean
}

const bare = (messageId: string) => messageId.replace(/^<|>$/g, '')

export async function settleUncertain(
  source: MailboxSource,
  at: { accountId: number; sentFolder: string | null; bouncedIds: Iterable<string>; now: number },
  deps: { db: Db; settle: Settle },
): Promise<Settlement> {
  const result: Settlement = { settled: 0, openedSentFolder: false }
  const rows = selectUncertainOfAccount(deps.db, at.accountId)
  if (rows.length === 0) return result
  const bounced = new Set(at.bouncedIds)
  const settle = (row: UncertainDeliveryRow, by: SettledBy) => {
    deps.settle({ campaignId: row.campaign_id, deliveryId: row.id, by })
    result.settled++
  }
  const lookFor: UncertainDeliveryRow[] = []
  for (const row of rows) {
    if (row.bounced || bounced.has(bare(row.message_id))) settle(row, 'bounce')
    else if (at.now - row.updated_at <= SENT_FOLDER_GRACE_MS) lookFor.push(row)
  }
  if (lookFor.length === 0) return result
  const folder = at.sentFolder ?? (await markedSentFolder(source))
  if (!folder) return result
  await source.openFolder(folder)
  result.openedSentFolder = true
  for (const row of lookFor) {
    if ((await source.searchMessageId(row.message_id)).length > 0) settle(row, 'sentFolder')
  }
  return result
}

async function markedSentFolder(source: MailboxSource): Promise<string | null> {
  const folders = await source.listFolders()
  return folders.find((f) => f.specialUse?.toLowerCase() === '\\sent')?.path ?? null
}
