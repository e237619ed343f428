/** `accounts.*`: SMTP accounts, their secrets (write-only), DKIM, caps and the connection test. */
import { z } from 'zod'
import { command } from './command'
import { ById, EmailAddress, Id, Params } from './common'
import { Mailbox, MailboxInput } from './mailbox'
import { SendingHours, Warmup, WarmupToday } from './sendingPolicy'

export const Security = z.enum(['tls', 'starttls', 'none'])
export type Security = z.output<typeof Security>

/** DKIM signing for an account's mail: the domain's DNS holds the public half at selector._domainkey. */
export const DkimInput = z
  .object({
    domain: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^(?=.{1,253}$)([a-z0-9-]{1,63}\.)+[a-z]{2,63}$/, 'Not a valid domain name'),
    selector: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9._-]{1,63}$/, 'Letters, digits, dot, dash and underscore'),
    /** PEM, write-only and sealed like the password. On an update, null keeps the stored key. */
    privateKey: z.string().max(20_000).nullable().default(null),
  })
  .strict()

/** What a new campaign on this account starts with (the campaign can change them). */
export const AccountDefaults = z
  .object({
    delayMs: z.number().int().min(0).max(3_600_000).default(2000),
    concurrency: z.number().int().min(1).max(32).default(2),
  })
  .strict()

/** A cap counts every message the account hands to a server, across all campaigns. */
const Cap = z.number().int().min(1).max(10_000_000).nullable().default(null)

export const AccountInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    host: z.string().trim().min(1).max(253),
    port: z.number().int().min(1).max(65535),
    security: Security,
    username: z.string().max(500).nullable().default(null),
    /** Write-only: sealed by the host's secret store, never read back. */
    password: z.string().max(1000).nullable().default(null),
    fromName: z.string().max(200).default(''),
    fromEmail: EmailAddress,
    replyTo: EmailAddress.nullable().default(null),
    dkim: DkimInput.nullable().default(null),
    defaults: AccountDefaults.default(AccountDefaults.parse({})),
    /** Most messages in any 60 minutes / any 24 hours; null: no cap. */
    hourlyCap: Cap,
    dailyCap: Cap,
    /** What a new campaign on this account starts with; null: any time. */
    sendingHours: SendingHours.nullable().default(null),
    /** null: no warm-up (the daily cap, if any, applies from the first day). */
    warmup: Warmup.nullable().default(null),
    /** The account's mailbox, read for bounces and replies; null: none. */
    mailbox: MailboxInput.nullable().default(null),
  })
  .strict()
export type AccountInput = z.output<typeof AccountInput>

/**
 * An edit: every field as in AccountInput, except that an absent password keeps the stored one
 * (null removes it), and a DKIM block with a null key keeps the stored key.
 */
export const AccountUpdate = AccountInput.extend({
  id: Id,
  password: z.string().max(1000).nullable().optional(),
}).strict()
export type AccountUpdate = z.output<typeof AccountUpdate>

/** The form as it stands, saved or not: with an id and no password, the stored one is used. */
export const ConnectionTestInput = AccountInput.extend({
  id: Id.nullable().default(null),
  password: z.string().max(1000).nullable().optional(),
}).strict()
export type ConnectionTestInput = z.output<typeof ConnectionTestInput>

export const ConnectionTestResult = z.object({
  ok: z.boolean(),
  /** What went wrong, as a key the window words in the user's language; null when ok. */
  reason: z
    .enum(['dns', 'refused', 'tls', 'auth', 'timeout', 'greeting', 'network', 'config', 'secret'])
    .nullable(),
  /** Which step failed: finding the server, reaching it, securing, its greeting, the login. */
  step: z.enum(['dns', 'connect', 'tls', 'greeting', 'login']).nullable(),
  /** `detail`: the system's words, as they came; `seconds`: the time-out that ran out. */
  params: Params,
  /** In English: the technical detail, or the engine's words. */
  message: z.string(),
  code: z.number().nullable(),
  response: z.string().nullable(),
  elapsedMs: z.number(),
})
export type ConnectionTestResult = z.output<typeof ConnectionTestResult>

export const Account = z.object({
  id: Id,
  name: z.string(),
  host: z.string(),
  port: z.number().int(),
  security: Security,
  username: z.string().nullable(),
  /** Only whether a password is set: the password itself never leaves the engine. */
  hasPassword: z.boolean(),
  /** The built-in test inbox's account: it cannot be edited or removed. */
  builtin: z.boolean(),
  fromName: z.string(),
  fromEmail: z.string(),
  replyTo: z.string().nullable(),
  /** The key itself never leaves the engine either. */
  dkim: z.object({ domain: z.string(), selector: z.string(), hasKey: z.boolean() }).nullable(),
  defaults: z.object({ delayMs: z.number().int(), concurrency: z.number().int() }),
  hourlyCap: z.number().int().nullable(),
  dailyCap: z.number().int().nullable(),
  /** Messages handed to a server in the last 60 minutes and the last 24 hours. */
  usage: z.object({ lastHour: z.number().int(), lastDay: z.number().int() }),
  sendingHours: SendingHours.nullable(),
  warmup: Warmup.nullable(),
  /** Where the warm-up stands today; null without one. */
  warmupToday: WarmupToday.nullable(),
  /** The mailbox read for bounces and replies; null: none. */
  mailbox: Mailbox.nullable(),
})
export type Account = z.output<typeof Account>

export const accounts = {
  list: command(z.void(), z.array(Account), 'SMTP accounts, without their passwords.'),
  create: command(AccountInput, Account, 'Add an SMTP account; the password is sealed.'),
  update: command(AccountUpdate, Account, 'Change an account; secrets stay unless replaced.'),
  delete: command(
    ById,
    z.object({ count: z.number().int() }),
    'Remove an account no unfinished campaign uses; finished campaigns keep their history.',
  ),
  testConnection: command(
    ConnectionTestInput,
    ConnectionTestResult,
    'Connect, secure and log in as the form says, and say what failed if anything did.',
  ),
} as const
