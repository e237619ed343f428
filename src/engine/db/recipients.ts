/** One statement per function: a campaign's recipients, in the order they were imported. */
import type { Db } from './open'
import { prepared } from './prepared'

export interface RecipientRow {
  id: number
  email: string
  /** JSON: the template's variables. */
  data: string
}

/** A recipient with its 1-based position in the campaign. */
export type NumberedRecipientRow = RecipientRow & { row: number }

/** `zone`: the recipient's time zone, normalized (import/zoneColumn.ts); null for none. */
export function insertRecipients(
  db: Db,
  campaignId: number,
  recipients: readonly { email: string; data: Record<string, unknown>; zone?: string | null }[],
): void {
  const insert = prepared(
    db,
    'INSERT INTO recipients (campaign_id, email, data, zone) VALUES (?, ?, ?, ?)',
  )
  for (const r of recipients)
    insert.run(campaignId, r.email, JSON.stringify(r.data), r.zone ?? null)
}

/** Only a draft's: a started campaign's recipients have deliveries hanging on them. */
export function deleteRecipients(db: Db, campaignId: number): number {
  return prepared(db, 'DELETE FROM recipients WHERE campaign_id = ?').run(campaignId).changes
}

export function copyRecipients(db: Db, from: number, to: number): void {
  prepared(
    db,
    `INSERT INTO recipients (campaign_id, email, data, zone)
     SELECT ?, email, data, zone FROM recipients WHERE campaign_id = ? ORDER BY id`,
  ).run(to, from)
}

export function countRecipients(db: Db, campaignId: number): number {
  return prepared(db, 'SELECT count(*) FROM recipients WHERE campaign_id = ?')
    .pluck()
    .get(campaignId) as number
}

/** A page of recipients' ids, addresses and data, in order (the pre-flight reads in slices). */
export function selectRecipientsDataPage(
  db: Db,
  p: { campaignId: number; afterId: number; limit: number },
): { id: number; email: string; data: string }[] {
  return prepared(
    db,
    `SELECT id, email, data FROM recipients
     WHERE campaign_id = @campaignId AND id > @afterId ORDER BY id LIMIT @limit`,
  ).all(p) as { id: number; email: string; data: string }[]
}

/** One recipient by address (any case), or the first one when no address is given. */
export function selectRecipientForTest(
  db: Db,
  campaignId: number,
  email: string | null,
): { email: string; data: string } | undefined {
  return (
    email
      ? prepared(
          db,
          'SELECT email, data FROM recipients WHERE campaign_id = ? AND email = ? COLLATE NOCASE',
        ).get(campaignId, email)
      : prepared(
          db,
          'SELECT email, data FROM recipients WHERE campaign_id = ? ORDER BY id LIMIT 1',
        ).get(campaignId)
  ) as { email: string; data: string } | undefined
}

/** One recipient by id, or the first one; with its position among the campaign's recipients. */
export function selectNumberedRecipient(
  db: Db,
  campaignId: number,
  recipientId: number | null,
): NumberedRecipientRow | undefined {
  return prepared(
    db,
    `SELECT r.id, r.email, r.data,
       (SELECT count(*) FROM recipients b WHERE b.campaign_id = r.campaign_id AND b.id <= r.id) AS row
     FROM recipients r
     WHERE r.campaign_id = @campaignId AND (@recipientId IS NULL OR r.id = @recipientId)
     ORDER BY r.id LIMIT 1`,
  ).get({ campaignId, recipientId }) as NumberedRecipientRow | undefined
}

// `search` matches the address or any value of the data (not the keys: searching "name" should
// not match every row), in any case and any alphabet (`fold`, see open.ts). % and _ are literal.
const MATCHES = `(@search IS NULL
  OR fold(email) LIKE '%' || fold(@search) || '%' ESCAPE '\\'
  OR EXISTS (SELECT 1 FROM json_each(data)
             WHERE fold(value) LIKE '%' || fold(@search) || '%' ESCAPE '\\'))`

/** A page of recipients in import order, with their position among all of the campaign's. */
export function selectRecipientsPage(
  db: Db,
  p: { campaignId: number; search: string | null; limit: number; offset: number },
): NumberedRecipientRow[] {
  return prepared(
    db,
    `SELECT id, email, data, row FROM (
       SELECT id, email, data, row_number() OVER (ORDER BY id) AS row
       FROM recipients WHERE campaign_id = @campaignId)
     WHERE ${MATCHES}
     ORDER BY id LIMIT @limit OFFSET @offset`,
  ).all({ ...p, search: likePattern(p.search) }) as NumberedRecipientRow[]
}

export function countMatchingRecipients(
  db: Db,
  p: { campaignId: number; search: string | null },
): number {
  return prepared(
    db,
    `SELECT count(*) FROM recipients WHERE campaign_id = @campaignId AND ${MATCHES}`,
  )
    .pluck()
    .get({ ...p, search: likePattern(p.search) }) as number
}

function likePattern(search: string | null): string | null {
  return search === null ? null : search.replace(/[\\%_]/g, (c) => `\\${c}`)
}
