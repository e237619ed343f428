/**
 * `mailbox.*` and the mailbox part of an account: what Outbox reads back from the account's own
 * mailbox over IMAP (or the test inbox's local one) — bounces, replies, auto-replies and
 * unsubscribe requests. Outbox never deletes mail there; it moves processed bounces only when
 * the user asks.
 */
import { z } from 'zod'
import { command } from './command'
import { ById, Id, Params } from './common'

const Security = z.enum(['tls', 'starttls', 'none'])
const FolderName = z.string().trim().min(1).max(500)

/** The mailbox part of the account form. */
export const MailboxInput = z
  .object({
    host: z.string().trim().min(1).max(253),
    port: z.number().int().min(1).max(65535),
    security: Security,
    /** null: the SMTP login. */
    username: z.string().max(500).nullable().default(null),
    /**
     * Write-only, sealed like the SMTP password. null: the SMTP password. On an update an absent
     * password keeps the stored one.
     */
    password: z.string().max(1000).nullable().optional(),
    /** Folders read for bounces, replies and unsubscribe requests. */
    folders: z.array(FolderName).min(1).max(20).default(['INBOX']),
    /** Where the server keeps copies of sent mail; null: the folder the server marks \Sent. */
    sentFolder: FolderName.nullable().default(null),
    /** Move each processed bounce to this folder; null: leave every message where it is. */
    moveBouncesTo: FolderName.nullable().default(null),
  })
  .strict()
export type MailboxInput = z.output<typeof MailboxInput>

export const MailboxReaderState = z.enum([
  /** Not read yet since the app started. */
  'idle',
  'reading',
  /** The last read went through. */
  'ok',
  /** The app holds everything (asleep, offline): the reader waits too. */
  'held',
  /** The last read failed; it is tried again later (`nextAttemptAt`). */
  'error',
])

export const MailboxStatus = z.object({
  state: MailboxReaderState,
  lastReadAt: z.number().nullable(),
  nextAttemptAt: z.number().nullable(),
  /** Why the last read failed, as a key the window words (as the connection test's). */
  reason: z.string().nullable(),
  step: z.string().nullable(),
  params: Params,
  /** Messages looked at since the mailbox was set up, and those that meant something. */
  scanned: z.number().int(),
  recognised: z.number().int(),
})
export type MailboxStatus = z.output<typeof MailboxStatus>

/** An account's mailbox as the window sees it: never the password. */
export const Mailbox = z.object({
  host: z.string(),
  port: z.number().int(),
  security: Security,
  username: z.string().nullable(),
  /** Whether a password of its own is stored (else the SMTP one is used). */
  hasPassword: z.boolean(),
  folders: z.array(z.string()),
  sentFolder: z.string().nullable(),
  moveBouncesTo: z.string().nullable(),
  status: MailboxStatus,
})
export type Mailbox = z.output<typeof Mailbox>

/** The form's mailbox as it stands, with the account's SMTP login and password to fall back on. */
export const MailboxTestInput = z
  .object({
    /** The saved account, for stored passwords; null for a new one. */
    accountId: Id.nullable().default(null),
    mailbox: MailboxInput,
    smtpUsername: z.string().max(500).nullable().default(null),
    /** The SMTP password typed in the form; absent: the stored one. */
    smtpPassword: z.string().max(1000).nullable().optional(),
  })
  .strict()
export type MailboxTestInput = z.output<typeof MailboxTestInput>

export const MailboxTestResult = z.object({
  ok: z.boolean(),
  reason: z
    .enum([
      'dns',
      'refused',
      'tls',
      'auth',
      'timeout',
      'greeting',
      'network',
      'folder',
      'closed',
      'secret',
    ])
    .nullable(),
  step: z.enum(['dns', 'connect', 'tls', 'greeting', 'login', 'folder']).nullable(),
  params: Params,
  message: z.string(),
  elapsedMs: z.number(),
  /** Every folder the server listed, when the login went through. */
  folders: z.array(z.string()),
  /** The folder the server marks as \Sent, if any. */
  sentFolder: z.string().nullable(),
})
export type MailboxTestResult = z.output<typeof MailboxTestResult>

export const FeedbackKind = z.enum(['bounce', 'autoReply', 'reply', 'unsubscribe'])
export type FeedbackKind = z.output<typeof FeedbackKind>

/** One message read from the mailbox that meant something for a campaign. */
export const FeedbackMessage = z.object({
  id: Id,
  kind: FeedbackKind,
  /** Bounces only. */
  severity: z.enum(['hard', 'soft']).nullable(),
  /** The enhanced status (5.1.1…) and the server's words, for bounces. */
  status: z.string().nullable(),
  diagnostic: z.string().nullable(),
  /** The recipient it concerns (the bounced address, or who replied). */
  email: z.string().nullable(),
  campaignId: Id.nullable(),
  deliveryId: Id.nullable(),
  /** The message's own sender, subject and time, and its first lines of text. */
  from: z.string(),
  subject: z.string().nullable(),
  receivedAt: z.number(),
  firstLines: z.string(),
  folder: z.string(),
})
export type FeedbackMessage = z.output<typeof FeedbackMessage>

/** The message itself, as read (a large one is kept cut at 1 MB): the window shows it sandboxed. */
export const FeedbackMessageView = FeedbackMessage.extend({
  headers: z.array(z.object({ key: z.string(), line: z.string() })),
  html: z.string().nullable(),
  text: z.string().nullable(),
  truncated: z.boolean(),
})
export type FeedbackMessageView = z.output<typeof FeedbackMessageView>

/** What a campaign learned back, counted once per delivery. */
export const CampaignFeedback = z.object({
  bounced: z.number().int(),
  softBounced: z.number().int(),
  replied: z.number().int(),
  autoReplied: z.number().int(),
  unsubscribed: z.number().int(),
})
export type CampaignFeedback = z.output<typeof CampaignFeedback>

/** A delivery's feedback, for the recipients table. */
export const DeliveryFeedback = z.object({
  bounce: z.enum(['hard', 'soft']).nullable(),
  replied: z.boolean(),
  autoReplied: z.boolean(),
  unsubscribed: z.boolean(),
})
export type DeliveryFeedback = z.output<typeof DeliveryFeedback>

/** The recipients table's filter by feedback. */
export const FeedbackFilter = z.enum([
  'bounced',
  'softBounced',
  'replied',
  'autoReplied',
  'unsubscribed',
])
export type FeedbackFilter = z.output<typeof FeedbackFilter>

export const mailbox = {
  test: command(
    MailboxTestInput,
    MailboxTestResult,
    'Connect, secure, log in and list the folders as the form says; say which step failed.',
  ),
  checkNow: command(
    z.object({ accountId: Id.nullable().default(null) }).strict(),
    z.object({ accounts: z.number().int() }),
    'Read the mailboxes now (one account, or every one that has a mailbox).',
  ),
  messages: command(
    z
      .object({
        campaignId: Id,
        kind: FeedbackKind.nullable().default(null),
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    z.object({ total: z.number().int(), items: z.array(FeedbackMessage) }),
    'Bounces, replies, auto-replies and unsubscribe requests of a campaign, newest first.',
  ),
  get: command(ById, FeedbackMessageView, 'One read message, parsed, for the sandboxed view.'),
} as const
