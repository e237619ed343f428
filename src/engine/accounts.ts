/**
 * SMTP accounts as the window sees them: the password and the DKIM key go in sealed and never
 * come out. The built-in test inbox's account is the engine's own: no one edits or removes it.
 */
import type { Account, AccountInput, AccountUpdate } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import { usageOf } from './caps'
import type { Clock } from '@shared/clock'
import {
  insertAccount,
  selectAccount,
  selectAccounts,
  selectUnfinishedCampaignsOfAccount,
  softDeleteAccount,
  updateAccount,
  type AccountFields,
  type AccountRow,
} from './db/accounts'
import type { Db } from './db/open'
import { checkDkimKey } from './dkimKey'
import { deleteMailbox } from './db/mailboxes'
import { publicMailbox, saveMailbox } from './mailbox/accountMailbox'
import type { SecretStore } from './secrets/secretStore'
import type { SmtpEndpoint } from './smtp/session'
import { sendingHoursOf } from './policy/campaignPolicy'
import { warmupOf, warmupStanding } from './policy/warmup'

export function publicAccount(db: Db, row: AccountRow, now: number): Account {
  return {
    id: row.id,
    name: row.name,
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    hasPassword: row.secret !== null,
    builtin: row.builtin === 1,
    fromName: row.from_name,
    fromEmail: row.from_email,
    replyTo: row.reply_to,
    dkim:
      row.dkim_domain && row.dkim_selector
        ? { domain: row.dkim_domain, selector: row.dkim_selector, hasKey: row.dkim_key !== null }
        : null,
    defaults: { delayMs: row.default_delay_ms, concurrency: row.default_concurrency },
    hourlyCap: row.hourly_cap,
    dailyCap: row.daily_cap,
    usage: usageOf(db, row.id, now),
    sendingHours: sendingHoursOf(row.sending_hours),
    warmup: warmupOf(row),
    warmupToday: warmupStanding(db, row, now),
    mailbox: publicMailbox(db, row.id),
  }
}

/**
 * The columns for an input, secrets sealed. `stored` is the account being edited: what the
 * input leaves out (an absent password, a DKIM block without a key) is kept from it.
 */
function fieldsOf(
  input: AccountInput | AccountUpdate,
  secrets: SecretStore,
  stored: AccountRow | null,
): AccountFields {
  const password = input.password
  const secret =
    password === undefined ? (stored?.secret ?? null) : password ? secrets.seal(password) : null
  let dkimKey: string | null = null
  if (input.dkim?.privateKey) {
    checkDkimKey(input.dkim.privateKey)
    dkimKey = secrets.seal(input.dkim.privateKey.trim())
  } else if (input.dkim) {
    dkimKey = stored?.dkim_key ?? null
    if (!dkimKey) {
      throw new OutboxError('invalid_input', 'DKIM signing needs a private key', undefined, {
        reason: 'dkim.needsKey',
      })
    }
  }
  return {
    name: input.name,
    host: input.host,
    port: input.port,
    security: input.security,
    username: input.username || null,
    secret,
    from_name: input.fromName,
    from_email: input.fromEmail,
    reply_to: input.replyTo,
    dkim_domain: input.dkim?.domain ?? null,
    dkim_selector: input.dkim?.selector ?? null,
    dkim_key: dkimKey,
    default_delay_ms: input.defaults.delayMs,
    default_concurrency: input.defaults.concurrency,
    hourly_cap: input.hourlyCap,
    daily_cap: input.dailyCap,
    sending_hours: input.sendingHours === null ? null : JSON.stringify(input.sendingHours),
    warmup: input.warmup === null ? null : JSON.stringify(input.warmup),
    // A warm-up counts its days from when it was set; an unchanged one keeps its start.
    warmup_since:
      input.warmup === null
        ? null
        : stored?.warmup !== null && stored?.warmup === JSON.stringify(input.warmup)
          ? stored.warmup_since
          : null,
  }
}

export function createAccount(
  db: Db,
  secrets: SecretStore,
  clock: Clock,
  input: AccountInput,
): Account {
  const fields = fieldsOf(input, secrets, null)
  const id = db.transaction(() => {
    const id = insertAccount(db, { ...fields, now: clock.now() })
    saveMailbox(db, secrets, clock, id, input.mailbox)
    return id
  })()
  return publicAccount(db, selectAccount(db, id)!, clock.now())
}

export function editAccount(
  db: Db,
  secrets: SecretStore,
  clock: Clock,
  input: AccountUpdate,
): Account {
  const stored = requireUserAccount(db, input.id, 'edited')
  const fields = fieldsOf(input, secrets, stored)
  db.transaction(() => {
    updateAccount(db, { ...fields, id: input.id, now: clock.now() })
    saveMailbox(db, secrets, clock, input.id, input.mailbox)
  })()
  return publicAccount(db, selectAccount(db, input.id)!, clock.now())
}

/** Soft delete: finished campaigns keep their account; it vanishes from the list. */
export function removeAccount(db: Db, clock: Clock, id: number): { count: number } {
  const account = requireUserAccount(db, id, 'deleted')
  const unfinished = selectUnfinishedCampaignsOfAccount(db, id)
  if (unfinished.length) {
    const named = unfinished
      .slice(0, 5)
      .map((c) => `"${c.name}" (${c.status})`)
      .join(', ')
    const more = unfinished.length > 5 ? ` and ${unfinished.length - 5} more` : ''
    throw new OutboxError(
      'conflict',
      `The account "${account.name}" cannot be deleted while unfinished campaigns use it: ${named}${more}. Finish, cancel or delete them, or move the drafts to another account, first.`,
      { campaignIds: unfinished.map((c) => c.id) },
      {
        reason: 'account.inUse',
        params: {
          name: account.name,
          campaigns: unfinished.map((c) => `«${c.name}»`).join(', '),
        },
      },
    )
  }
  // The mailbox goes with the account's secrets; what it read stays with the campaigns.
  const removed = db.transaction(() => {
    deleteMailbox(db, id)
    return softDeleteAccount(db, id, clock.now())
  })()
  return { count: removed ? 1 : 0 }
}

export function listAccounts(db: Db, clock: Clock): Account[] {
  return selectAccounts(db).map((row) => publicAccount(db, row, clock.now()))
}

/** An account that can send: it exists and was not deleted. */
export function requireAccount(db: Db, id: number): AccountRow {
  const row = selectAccount(db, id)
  if (!row) {
    throw new OutboxError('not_found', `No SMTP account ${id}`, undefined, {
      reason: 'account.notFound',
    })
  }
  if (row.deleted_at !== null) {
    throw new OutboxError('not_found', `The SMTP account "${row.name}" was deleted`, undefined, {
      reason: 'account.deleted',
      params: { name: row.name },
    })
  }
  return row
}

function requireUserAccount(db: Db, id: number, what: 'edited' | 'deleted'): AccountRow {
  const row = requireAccount(db, id)
  if (row.builtin === 1) {
    throw new OutboxError(
      'conflict',
      `The test inbox account is built into Outbox and cannot be ${what}.`,
      undefined,
      { reason: 'account.builtin' },
    )
  }
  return row
}

/** Host, port and the opened password: for the sender only. */
export function endpointOf(row: AccountRow, secrets: SecretStore): SmtpEndpoint {
  return {
    host: row.host,
    port: row.port,
    security: row.security,
    username: row.username,
    password: row.secret ? secrets.open(row.secret) : null,
  }
}
