/** One statement per function: campaigns (recipients and files have their own files). */
import type { CampaignStatus, LinkTagging } from '@shared/contract'
import type { Db } from './open'
import { prepared } from './prepared'

/** The contract's statuses: the database stores exactly these. */
export type { CampaignStatus }

export interface CampaignRow {
  id: number
  name: string
  account_id: number
  subject: string
  /** A Handlebars template of the recipient's data; '' for none. */
  preheader: string
  html: string
  text: string | null
  /** JSON of a visual letter (shared/letter/design.ts) the HTML is made from; null for HTML. */
  design: string | null
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
  unsubscribe_mailto: string | null
  /** A Handlebars template of the recipient's data. */
  unsubscribe_url: string | null
  /** JSON array: the recipients' variable names, kept when they are written. */
  variables: string
  /** Templates of the utm_ values: all three set, or all null for links as written. */
  utm_source: string | null
  utm_medium: string | null
  utm_campaign: string | null
  /** A scheduled start (epoch ms) and the zone it was chosen in. */
  scheduled_at: number | null
  schedule_zone: string | null
  missed_start: 'start' | 'ask' | null
  /** JSON of SendingHours; null: any time. */
  sending_hours: string | null
  recipient_zones: number
  spread_ms: number | null
  /** Under "spread over": when the last email is due, fixed at the start. */
  finish_by: number | null
  from_account_id: number | null
  /** Self-protection looks only at outcomes after this (the start, or the last resume). */
  protection_since: number | null
  zone_column: string | null
  zone_known: number
}

/** The row's link tagging as the contract says it. */
export function linkTaggingOf(row: CampaignRow): LinkTagging | null {
  if (row.utm_source === null) return null
  return { source: row.utm_source, medium: row.utm_medium ?? '', campaign: row.utm_campaign ?? '' }
}

/** The columns of a link tagging, null for none. */
export function utmColumns(
  tagging: LinkTagging | null,
): Pick<CampaignRow, 'utm_source' | 'utm_medium' | 'utm_campaign'> {
  return {
    utm_source: tagging?.source ?? null,
    utm_medium: tagging?.medium ?? null,
    utm_campaign: tagging?.campaign ?? null,
  }
}

export type NewCampaign = Pick<
  CampaignRow,
  | 'name'
  | 'account_id'
  | 'subject'
  | 'preheader'
  | 'html'
  | 'text'
  | 'design'
  | 'delay_ms'
  | 'concurrency'
  | 'max_attempts'
  | 'backoff_ms'
  | 'timeout_ms'
  | 'unsubscribe_mailto'
  | 'unsubscribe_url'
  | 'utm_source'
  | 'utm_medium'
  | 'utm_campaign'
>

export function insertCampaign(db: Db, c: NewCampaign & { now: number }): number {
  return Number(
    prepared(
      db,
      `INSERT INTO campaigns (name, account_id, subject, preheader, html, text, design, delay_ms,
         concurrency, max_attempts, backoff_ms, timeout_ms, unsubscribe_mailto, unsubscribe_url,
         utm_source, utm_medium, utm_campaign, created_at, updated_at)
       VALUES (@name, @account_id, @subject, @preheader, @html, @text, @design, @delay_ms,
         @concurrency, @max_attempts, @backoff_ms, @timeout_ms, @unsubscribe_mailto,
         @unsubscribe_url, @utm_source, @utm_medium, @utm_campaign, @now, @now)`,
    ).run(c).lastInsertRowid,
  )
}

/** Every editable field at once; only while the campaign is still a draft. */
export function updateDraft(db: Db, c: NewCampaign & { id: number; now: number }): boolean {
  return (
    prepared(
      db,
      `UPDATE campaigns SET name = @name, account_id = @account_id, subject = @subject,
         preheader = @preheader, html = @html, text = @text, design = @design,
         delay_ms = @delay_ms,
         concurrency = @concurrency, max_attempts = @max_attempts, backoff_ms = @backoff_ms,
         timeout_ms = @timeout_ms, unsubscribe_mailto = @unsubscribe_mailto,
         unsubscribe_url = @unsubscribe_url, utm_source = @utm_source,
         utm_medium = @utm_medium, utm_campaign = @utm_campaign, updated_at = @now
       WHERE id = @id AND status = 'draft'`,
    ).run(c).changes === 1
  )
}

/** The recipients' variable names, written with the recipients. */
export function updateVariables(
  db: Db,
  p: { id: number; variables: readonly string[]; now: number },
): void {
  prepared(db, 'UPDATE campaigns SET variables = @variables, updated_at = @now WHERE id = @id').run(
    { ...p, variables: JSON.stringify(p.variables) },
  )
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

/** Completes a sending campaign when none of its rows is waiting or in flight (see completion.ts). */
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

/**
 * The sending campaigns an account belongs to and has not stopped for, in the order they
 * started: it serves them in that order.
 */
export function selectSendingCampaignsOfAccount(db: Db, accountId: number): CampaignRow[] {
  return prepared(
    db,
    `SELECT c.* FROM campaign_accounts ca JOIN campaigns c ON c.id = ca.campaign_id
     WHERE ca.account_id = ? AND ca.stopped_reason IS NULL AND c.status = 'sending'
     ORDER BY c.started_at, c.id`,
  ).all(accountId) as CampaignRow[]
}

/** Quota pauses whose window has passed. */
export function selectDueQuotaPauses(db: Db, now: number): CampaignRow[] {
  return prepared(
    db,
    `SELECT * FROM campaigns WHERE status = 'paused' AND resume_at IS NOT NULL AND resume_at <= ?`,
  ).all(now) as CampaignRow[]
}

/**
 * A draft copy of a campaign's own row: content (preheader and link tagging too), settings,
 * unsubscribe, variable names.
 */
export function copyCampaignRow(db: Db, p: { id: number; name: string; now: number }): number {
  return Number(
    prepared(
      db,
      `INSERT INTO campaigns (name, account_id, subject, preheader, html, text, design, delay_ms,
         concurrency, max_attempts, backoff_ms, timeout_ms, unsubscribe_mailto, unsubscribe_url,
         utm_source, utm_medium, utm_campaign, variables, created_at, updated_at)
       SELECT @name, account_id, subject, preheader, html, text, design, delay_ms, concurrency,
         max_attempts, backoff_ms, timeout_ms, unsubscribe_mailto, unsubscribe_url,
         utm_source, utm_medium, utm_campaign, variables, @now, @now
       FROM campaigns WHERE id = @id`,
    ).run(p).lastInsertRowid,
  )
}

/** Deletes a campaign with its recipients, deliveries, images and counters (cascade). */
export function deleteCampaign(db: Db, id: number): boolean {
  return prepared(db, 'DELETE FROM campaigns WHERE id = ?').run(id).changes === 1
}
