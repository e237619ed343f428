/** One statement per function: SMTP accounts, their settings and secrets (always sealed). */
import type { Db } from './open'
import { prepared } from './prepared'

export interface AccountRow {
  id: number
  name: string
  host: string
  port: number
  security: 'tls' | 'starttls' | 'none'
  username: string | null
  /** Sealed by the SecretStore; never sent to the window. */
  secret: string | null
  from_name: string
  from_email: string
  reply_to: string | null
  /** 1 for the built-in test inbox's account. */
  builtin: number
  dkim_domain: string | null
  dkim_selector: string | null
  /** The DKIM private key, sealed like `secret`. */
  dkim_key: string | null
  default_delay_ms: number
  default_concurrency: number
  hourly_cap: number | null
  daily_cap: number | null
  /** JSON of SendingHours: what a new campaign on it starts with; null: any time. */
  sending_hours: string | null
  /** JSON of Warmup; null: none. */
  warmup: string | null
  /** When the warm-up was set: days before it do not count. */
  warmup_since: number | null
  /** Set when the user removed it: hidden, kept for the history of finished campaigns. */
  deleted_at: number | null
  created_at: number
  updated_at: number
}

/** Every column the user edits, secrets sealed. */
export type AccountFields = Omit<
  AccountRow,
  'id' | 'created_at' | 'updated_at' | 'builtin' | 'deleted_at'
>

export function insertAccount(db: Db, a: AccountFields & { now: number }): number {
  return Number(
    prepared(
      db,
      `INSERT INTO accounts (name, host, port, security, username, secret, from_name, from_email,
         reply_to, dkim_domain, dkim_selector, dkim_key, default_delay_ms, default_concurrency,
         hourly_cap, daily_cap, sending_hours, warmup, warmup_since, created_at, updated_at)
       VALUES (@name, @host, @port, @security, @username, @secret, @from_name, @from_email,
         @reply_to, @dkim_domain, @dkim_selector, @dkim_key, @default_delay_ms,
         @default_concurrency, @hourly_cap, @daily_cap, @sending_hours, @warmup,
         coalesce(@warmup_since, CASE WHEN @warmup IS NULL THEN NULL ELSE @now END), @now, @now)`,
    ).run(a).lastInsertRowid,
  )
}

/** Rewrites every user-edited column of a user account (never the built-in one). */
export function updateAccount(db: Db, a: AccountFields & { id: number; now: number }): boolean {
  return (
    prepared(
      db,
      `UPDATE accounts SET name = @name, host = @host, port = @port, security = @security,
         username = @username, secret = @secret, from_name = @from_name,
         from_email = @from_email, reply_to = @reply_to, dkim_domain = @dkim_domain,
         dkim_selector = @dkim_selector, dkim_key = @dkim_key,
         default_delay_ms = @default_delay_ms, default_concurrency = @default_concurrency,
         hourly_cap = @hourly_cap, daily_cap = @daily_cap, sending_hours = @sending_hours,
         warmup = @warmup,
         warmup_since = coalesce(@warmup_since, CASE WHEN @warmup IS NULL THEN NULL ELSE @now END),
         updated_at = @now
       WHERE id = @id AND builtin = 0 AND deleted_at IS NULL`,
    ).run(a).changes === 1
  )
}

/** Hides the account and forgets its secrets; its row stays for finished campaigns. */
export function softDeleteAccount(db: Db, id: number, now: number): boolean {
  return (
    prepared(
      db,
      `UPDATE accounts SET deleted_at = @now, updated_at = @now, secret = NULL, dkim_key = NULL
       WHERE id = @id AND builtin = 0 AND deleted_at IS NULL`,
    ).run({ id, now }).changes === 1
  )
}

/** Any account, deleted ones included (a finished campaign still names its account). */
export function selectAccount(db: Db, id: number): AccountRow | undefined {
  return prepared(db, 'SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined
}

/** The accounts the user can see and choose. */
export function selectAccounts(db: Db): AccountRow[] {
  return prepared(
    db,
    'SELECT * FROM accounts WHERE deleted_at IS NULL ORDER BY id',
  ).all() as AccountRow[]
}

/**
 * Campaigns not yet finished that send through an account (as one of their accounts): while
 * there are any it cannot be removed.
 */
export function selectUnfinishedCampaignsOfAccount(
  db: Db,
  accountId: number,
): { id: number; name: string; status: string }[] {
  return prepared(
    db,
    `SELECT id, name, status FROM campaigns
     WHERE id IN (SELECT campaign_id FROM campaign_accounts WHERE account_id = @accountId
                  UNION SELECT id FROM campaigns WHERE account_id = @accountId)
       AND status IN ('draft', 'scheduled', 'sending', 'paused')
     ORDER BY id`,
  ).all({ accountId }) as { id: number; name: string; status: string }[]
}
