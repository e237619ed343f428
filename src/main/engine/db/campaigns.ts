/** One statement per function: campaigns and their recipients. */
import type { Db } from './open'
import { prepared } from './prepared'

export type CampaignStatus =
  'draft' | 'scheduled' | 'sending' | 'paused' | 'completed' | 'cancelled'

export interface CampaignRow {
  id: number
  name: string
  account_id: number
  subject: string
  html: string
  text: string | null
  status: CampaignStatus
  status_reason: string | null
  status_detail: string | null
  resume_at: number | null
  delay_ms: number
  concurrency: number
  max_attempts: number
  backoff_ms: number
  timeout_ms: number
  created_at: number
  started_at: number | null
  completed_at: number | null
  cancelled_at: number | null
  updated_at: number
}

export type NewCampaign = Pick<
  CampaignRow,
  | 'name'
  | 'account_id'
  | 'subject'
  | 'html'
  | 'text'
  | 'delay_ms'
  | 'concurrency'
  | 'max_attempts'
  | 'backoff_ms'
  | 'timeout_ms'
>

export function insertCampaign(db: Db, c: NewCampaign & { now: number }): number {
  return Number(
    prepared(
      db,
      `INSERT INTO campaigns (name, account_id, subject, html, text, delay_ms, concurrency,
         max_attempts, backoff_ms, timeout_ms, created_at, updated_at)
       VALUES (@name, @account_id, @subject, @html, @text, @delay_ms, @concurrency,
         @max_attempts, @backoff_ms, @timeout_ms, @now, @now)`,
    ).run(c).lastInsertRowid,
  )
}

export function insertRecipients(
  db: Db,
  campaignId: number,
  recipients: readonly { email: string; data: Record<string, unknown> }[],
): void {
  const insert = prepared(db, 'INSERT INTO recipients (campaign_id, email, data) VALUES (?, ?, ?)')
  for (const r of recipients) insert.run(campaignId, r.email, JSON.stringify(r.data))
}

export function insertImage(
  db: Db,
  campaignId: number,
  image: { cid: string; filename: string; contentType: string; content: Buffer },
): void {
  prepared(
    db,
    `INSERT INTO campaign_images (campaign_id, cid, filename, content_type, content)
     VALUES (?, ?, ?, ?, ?)`,
  ).run(campaignId, image.cid, image.filename, image.contentType, image.content)
}

export function selectCampaign(db: Db, id: number): CampaignRow | undefined {
  return prepared(db, 'SELECT * FROM campaigns WHERE id = ?').get(id) as CampaignRow | undefined
}

export function selectCampaigns(db: Db): CampaignRow[] {
  return prepared(db, 'SELECT * FROM campaigns ORDER BY id DESC').all() as CampaignRow[]
}

export function selectCampaignsInStatus(db: Db, status: CampaignStatus): CampaignRow[] {
  return prepared(db, 'SELECT * FROM campaigns WHERE status = ? ORDER BY id').all(
    status,
  ) as CampaignRow[]
}

export function countRecipients(db: Db, campaignId: number): number {
  return (
    prepared(db, 'SELECT count(*) AS n FROM recipients WHERE campaign_id = ?').get(campaignId) as {
      n: number
    }
  ).n
}

/** A named transition: only from the states listed, so a stale request cannot undo a newer one. */
export function updateCampaignStatus(
  db: Db,
  p: {
    id: number
    from: readonly CampaignStatus[]
    to: CampaignStatus
    reason: string | null
    detail: string | null
    resumeAt: number | null
    now: number
  },
): boolean {
  const from = JSON.stringify(p.from)
  return (
    prepared(
      db,
      `UPDATE campaigns SET status = @to, status_reason = @reason, status_detail = @detail,
         resume_at = @resumeAt, updated_at = @now,
         started_at = CASE WHEN @to = 'sending' AND started_at IS NULL THEN @now ELSE started_at END,
         completed_at = CASE WHEN @to = 'completed' THEN @now
                             WHEN @to = 'sending' THEN NULL ELSE completed_at END,
         cancelled_at = CASE WHEN @to = 'cancelled' THEN @now ELSE cancelled_at END
       WHERE id = @id AND status IN (SELECT value FROM json_each(@from))`,
    ).run({ ...p, from }).changes === 1
  )
}

/** Completes a sending campaign when none of its rows is waiting or in flight. */
export function completeIfDone(db: Db, id: number, now: number): boolean {
  return (
    prepared(
      db,
      `UPDATE campaigns SET status = 'completed', completed_at = @now, updated_at = @now,
         status_reason = NULL, status_detail = NULL
       WHERE id = @id AND status = 'sending' AND NOT EXISTS (
         SELECT 1 FROM deliveries WHERE campaign_id = @id AND state IN ('queued', 'retrying', 'sending'))`,
    ).run({ id, now }).changes === 1
  )
}

export function selectImages(
  db: Db,
  campaignId: number,
): { cid: string; filename: string; content_type: string; content: Buffer }[] {
  return prepared(
    db,
    'SELECT cid, filename, content_type, content FROM campaign_images WHERE campaign_id = ?',
  ).all(campaignId) as { cid: string; filename: string; content_type: string; content: Buffer }[]
}

/** An account's sending campaigns in the order they started: it serves them in that order. */
export function selectSendingCampaignsOfAccount(db: Db, accountId: number): CampaignRow[] {
  return prepared(
    db,
    `SELECT * FROM campaigns WHERE account_id = ? AND status = 'sending' ORDER BY started_at, id`,
  ).all(accountId) as CampaignRow[]
}

/** Quota pauses whose window has passed. */
export function selectDueQuotaPauses(db: Db, now: number): CampaignRow[] {
  return prepared(
    db,
    `SELECT * FROM campaigns WHERE status = 'paused' AND resume_at IS NOT NULL AND resume_at <= ?`,
  ).all(now) as CampaignRow[]
}

/** A draft copy of a campaign: content, settings, recipients and images; no deliveries. */
export function copyCampaign(db: Db, p: { id: number; name: string; now: number }): number {
  const copy = Number(
    prepared(
      db,
      `INSERT INTO campaigns (name, account_id, subject, html, text, delay_ms, concurrency,
         max_attempts, backoff_ms, timeout_ms, created_at, updated_at)
       SELECT @name, account_id, subject, html, text, delay_ms, concurrency, max_attempts,
         backoff_ms, timeout_ms, @now, @now
       FROM campaigns WHERE id = @id`,
    ).run(p).lastInsertRowid,
  )
  prepared(
    db,
    `INSERT INTO recipients (campaign_id, email, data)
     SELECT ?, email, data FROM recipients WHERE campaign_id = ? ORDER BY id`,
  ).run(copy, p.id)
  prepared(
    db,
    `INSERT INTO campaign_images (campaign_id, cid, filename, content_type, content)
     SELECT ?, cid, filename, content_type, content FROM campaign_images WHERE campaign_id = ?`,
  ).run(copy, p.id)
  return copy
}

/** Deletes a campaign with its recipients, deliveries, images and counters (cascade). */
export function deleteCampaign(db: Db, id: number): boolean {
  return prepared(db, 'DELETE FROM campaigns WHERE id = ?').run(id).changes === 1
}

/** Every recipient's address and data, in order (for the pre-flight). */
export function selectRecipientsData(
  db: Db,
  campaignId: number,
): { email: string; data: string }[] {
  return prepared(db, 'SELECT email, data FROM recipients WHERE campaign_id = ? ORDER BY id').all(
    campaignId,
  ) as { email: string; data: string }[]
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
