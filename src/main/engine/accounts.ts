/** SMTP accounts as the window sees them: the password goes in sealed and never comes out. */
import type { z } from 'zod'
import type { Account, AccountInput } from '../../shared/contract'
import { OutboxError } from '../../shared/errors'
import type { Clock } from './clock'
import { insertAccount, selectAccount, selectAccounts, type AccountRow } from './db/accounts'
import type { Db } from './db/open'
import type { SecretStore } from './secrets/secretStore'
import type { SmtpEndpoint } from './smtp/session'

export function publicAccount(row: AccountRow): z.output<typeof Account> {
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
    dkim: null,
    defaults: { delayMs: 2000, concurrency: 2 },
    hourlyCap: null,
    dailyCap: null,
    usage: { lastHour: 0, lastDay: 0 },
  }
}

export function createAccount(
  db: Db,
  secrets: SecretStore,
  clock: Clock,
  input: z.output<typeof AccountInput>,
): z.output<typeof Account> {
  const id = insertAccount(db, {
    name: input.name,
    host: input.host,
    port: input.port,
    security: input.security,
    username: input.username,
    secret: input.password ? secrets.seal(input.password) : null,
    from_name: input.fromName,
    from_email: input.fromEmail,
    reply_to: input.replyTo,
    now: clock.now(),
  })
  return publicAccount(selectAccount(db, id)!)
}

export function listAccounts(db: Db): z.output<typeof Account>[] {
  return selectAccounts(db).map(publicAccount)
}

export function requireAccount(db: Db, id: number): AccountRow {
  const row = selectAccount(db, id)
  if (!row) throw new OutboxError('not_found', `No SMTP account ${id}`)
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
