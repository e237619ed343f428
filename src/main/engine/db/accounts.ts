/** One statement per function: SMTP accounts (the authoring issue adds editing and DKIM). */
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
  created_at: number
  updated_at: number
}

export type NewAccount = Omit<AccountRow, 'id' | 'created_at' | 'updated_at' | 'builtin'>

export function insertAccount(db: Db, a: NewAccount & { now: number }): number {
  return Number(
    prepared(
      db,
      `INSERT INTO accounts (name, host, port, security, username, secret, from_name, from_email,
         reply_to, created_at, updated_at)
       VALUES (@name, @host, @port, @security, @username, @secret, @from_name, @from_email,
         @reply_to, @now, @now)`,
    ).run(a).lastInsertRowid,
  )
}

export function selectAccount(db: Db, id: number): AccountRow | undefined {
  return prepared(db, 'SELECT * FROM accounts WHERE id = ?').get(id) as AccountRow | undefined
}

export function selectAccounts(db: Db): AccountRow[] {
  return prepared(db, 'SELECT * FROM accounts ORDER BY id').all() as AccountRow[]
}
