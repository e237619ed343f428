/**
 * The one contract between the window and the engine.
 *
 * Every command the window can invoke (input → output) and every event the engine pushes
 * (payload) is declared here once, as a runtime schema. Electron IPC, the preload's
 * `window.outbox`, the browser host and the renderer's client are all derived from it.
 * Add a command: add a line under its namespace and a handler in the engine; the compiler
 * then points at every place that must follow.
 */
import { z } from 'zod'
import { TEMPLATE_REASONS } from './errorReasons'
import { checkEmailAddress } from './emailAddress'
import { safeFileName } from './fileName'
import { FILE_ENCODINGS } from './textEncoding'

const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string) => ({
  input,
  output,
  doc,
})
const event = <P extends z.ZodType>(payload: P, doc: string) => ({ payload, doc })

// ── Domain schemas shared by commands and events ────────────────────────────────────────────

/** Values a log line or an error carries for the window's words; never a nested object. */
export const Params = z.record(z.string(), z.union([z.string(), z.number()]))
export type Params = z.output<typeof Params>

export const HostKind = z.enum(['electron', 'browser'])
export type HostKind = z.output<typeof HostKind>

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** Folder holding the database and everything the app keeps for the user. */
  dataDir: z.string(),
  /** Which host runs the engine: the desktop app or the browser host. */
  host: HostKind,
  platform: z.string(),
  nodeVersion: z.string(),
  sqliteVersion: z.string(),
  schemaVersion: z.number().int(),
})
export type AppInfo = z.output<typeof AppInfo>

export const Language = z.enum(['en', 'ru'])
export type Language = z.output<typeof Language>

export const Theme = z.enum(['system', 'light', 'dark'])

export const Settings = z.object({
  /** null until the user picks one; the window then follows the system language. */
  language: Language.nullable(),
  /** 'system' follows the operating system's light or dark mode. */
  theme: Theme,
  /** What a new campaign starts with for tries, back-off and time-out (the account sets the pace). */
  retryDefaults: z
    .object({
      maxAttempts: z.number().int().min(1).max(20),
      backoffMs: z.number().int().min(0).max(86_400_000),
      timeoutMs: z.number().int().min(1000).max(600_000),
    })
    .strict(),
  /** The desktop app's behaviour; the browser host stores them but has no use for them. */
  desktop: z
    .object({
      /** Open Outbox when the user logs in (off until the user asks). */
      startAtLogin: z.boolean(),
      /** Keep the computer from sleeping while a campaign is sending. */
      keepAwake: z.boolean(),
      /** System notifications: a campaign finished, paused by itself, or its account failed. */
      notifyCompleted: z.boolean(),
      notifyPaused: z.boolean(),
      notifyAccountError: z.boolean(),
    })
    .strict(),
})
export type Settings = z.output<typeof Settings>

export const SettingsPatch = Settings.partial().strict()
export type SettingsPatch = z.output<typeof SettingsPatch>

/** Why sending is held for the whole app (not per campaign): the computer sleeps or is offline. */
export const HoldReason = z.enum(['suspend', 'offline'])
export type HoldReason = z.output<typeof HoldReason>

export const EngineStatus = z.object({
  /** Empty while sending may go on; campaigns keep their status while held and go on after. */
  held: z.array(HoldReason),
  /** Since when (epoch ms) sending has been held; null when it is not. */
  heldSince: z.number().nullable(),
  /**
   * Sends found in flight when the engine started (the app had stopped mid-handover), now
   * `uncertain`, per campaign: the window offers to review them.
   */
  recovered: z.array(z.object({ campaignId: z.number().int(), count: z.number().int() })),
})
export type EngineStatus = z.output<typeof EngineStatus>

export const Heartbeat = z.object({
  /** Increases by one per beat since the engine started. */
  seq: z.number().int().nonnegative(),
  /** Engine clock, epoch milliseconds. */
  at: z.number(),
  uptimeMs: z.number().nonnegative(),
})

// ── The send engine ─────────────────────────────────────────────────────────────────────────

/**
 * An address as the envelope can carry it (the rule: ./emailAddress.ts); IDN domains in ASCII.
 * The first bound only stops a huge paste before the rule reads it; the rule says 254.
 */
export const EmailAddress = z
  .string()
  .trim()
  .max(1000, 'An address has at most 254 characters')
  .transform((input, ctx) => {
    const checked = checkEmailAddress(input)
    if (checked.ok) return checked.address
    ctx.addIssue({ code: 'custom', message: checked.problem })
    return z.NEVER
  })

export const Id = z.number().int().positive()
/** A command's input when it names one record and nothing else. */
export const ById = z.object({ id: Id }).strict()
const ByCampaign = z.object({ campaignId: Id }).strict()
const OneOrAll = z.object({ campaignId: Id, deliveryId: Id.nullable().default(null) }).strict()
const Count = z.object({ count: z.number().int().nonnegative() })

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
})
export type Account = z.output<typeof Account>

/** The rate model, in the units the window shows (docs/architecture.md, "The rate model"). */
export const CampaignSettings = z
  .object({
    /** Minimum spacing between the starts of two sends on the account. */
    delayMs: z.number().int().min(0).max(3_600_000).default(2000),
    /** Parallel SMTP connections. */
    concurrency: z.number().int().min(1).max(32).default(2),
    /** Tries per recipient, the first included. */
    maxAttempts: z.number().int().min(1).max(20).default(3),
    /** Wait before the second try; it doubles after each further failure (with jitter). */
    backoffMs: z.number().int().min(0).max(86_400_000).default(60_000),
    /** Longest one email may take, connection included. */
    timeoutMs: z.number().int().min(1000).max(600_000).default(120_000),
  })
  .strict()

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()])
export const RecipientInput = z
  .object({ email: EmailAddress, data: z.record(z.string(), Scalar).default({}) })
  .strict()
export type RecipientInput = z.output<typeof RecipientInput>

/** An image stored with the campaign, embedded as a CID attachment where the HTML says cid:<cid>. */
export const CampaignImageInput = z
  .object({
    cid: z.string().regex(/^[A-Za-z0-9._-]{1,100}$/, 'Letters, digits, dot, dash and underscore'),
    filename: z
      .string()
      .min(1)
      .max(255)
      .transform((name) => safeFileName(name, 'image')),
    contentType: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']),
    dataBase64: z.base64().max(14_000_000, 'An image is at most 10 MB'),
  })
  .strict()
export type CampaignImageInput = z.output<typeof CampaignImageInput>

/** A recipient file as the user chose it, and how to read it ('auto': the engine guesses). */
export const RecipientFileInput = z
  .object({
    dataBase64: z.base64().max(140_000_000, 'A recipient file is at most 100 MB'),
    encoding: z.enum(['auto', ...FILE_ENCODINGS]).default('auto'),
    delimiter: z.enum(['auto', ',', ';', '\t']).default('auto'),
    emailColumn: z.string().nullable().default(null),
  })
  .strict()
export type RecipientFileInput = z.output<typeof RecipientFileInput>

const ParsedRecipient = z.object({
  line: z.number().int(),
  email: z.string(),
  data: z.record(z.string(), z.string()),
})

export const RecipientFilePreview = z.object({
  encoding: z.enum(FILE_ENCODINGS),
  /** What the engine guessed, whatever was asked. */
  encodingDetected: z.enum(FILE_ENCODINGS),
  delimiter: z.enum([',', ';', '\t']),
  headers: z.array(z.string()),
  emailColumn: z.string(),
  /** Columns read but not used as variables: their names are reserved (`__proto__`). */
  ignoredColumns: z.array(z.string()),
  /** Recipients that will be written. */
  count: z.number().int(),
  sample: z.array(ParsedRecipient),
  /** Every row left out, with the line it starts on: shown and exportable. */
  rejected: z.array(
    z.object({
      line: z.number().int(),
      /** In English; `kind` and `params` let the window say it in the user's language. */
      reason: z.string(),
      kind: z.enum(['columns', 'extra', 'invalid', 'missing', 'duplicate', 'suppressed']),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    }),
  ),
})
export type RecipientFilePreview = z.output<typeof RecipientFilePreview>

/**
 * List-Unsubscribe (RFC 2369) and, with a URL, One-Click (RFC 8058). The URL may use the
 * recipient's variables, e.g. https://example.com/u?e={{email}}; the body reaches it as
 * {{unsubscribeUrl}}.
 */
export const Unsubscribe = z
  .object({
    mailto: EmailAddress.nullable().default(null),
    url: z
      .string()
      .trim()
      .max(2000)
      .regex(/^https:\/\/[^\s<>"]+$/, 'An unsubscribe link starts with https:// and has no spaces')
      .nullable()
      .default(null),
  })
  .strict()

/** A file sent with every message of the campaign. */
export const AttachmentInput = z
  .object({
    filename: z
      .string()
      .trim()
      .min(1)
      .max(255)
      .transform((name) => safeFileName(name, 'attachment')),
    contentType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'Not a MIME type'),
    dataBase64: z.base64().max(14_000_000, 'An attachment is at most 10 MB'),
  })
  .strict()
export type AttachmentInput = z.output<typeof AttachmentInput>

export const CampaignInput = z
  .object({
    name: z.string().trim().min(1).max(200),
    accountId: Id,
    subject: z.string().min(1).max(998),
    html: z.string().min(1).max(5_000_000),
    text: z.string().max(5_000_000).nullable().default(null),
    settings: CampaignSettings.default(CampaignSettings.parse({})),
    /** The recipients inline, or… */
    recipients: z.array(RecipientInput).max(1_000_000).default([]),
    /** …read from a file, as `recipients.parse` showed it. */
    recipientsFile: RecipientFileInput.nullable().default(null),
    images: z.array(CampaignImageInput).max(50).default([]),
    attachments: z.array(AttachmentInput).max(20).default([]),
    unsubscribe: Unsubscribe.default({ mailto: null, url: null }),
  })
  .strict()
  .refine((c) => !(c.recipients.length > 0 && c.recipientsFile !== null), {
    message: 'Give the recipients either inline or as a file, not both',
    path: ['recipients'],
  })
  .refine((c) => new Set(c.images.map((i) => i.cid)).size === c.images.length, {
    message: 'Each image needs its own cid',
    path: ['images'],
  })
export type CampaignInput = z.output<typeof CampaignInput>

export const CampaignStatus = z.enum([
  'draft',
  'scheduled',
  'sending',
  'paused',
  'completed',
  'cancelled',
])
export type CampaignStatus = z.output<typeof CampaignStatus>

export const DeliveryState = z.enum([
  'queued',
  'sending',
  'sent',
  'retrying',
  'failed',
  'uncertain',
  'cancelled',
  'skipped',
])
export type DeliveryState = z.output<typeof DeliveryState>

export const Progress = z.object({
  campaignId: Id,
  status: CampaignStatus,
  total: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  uncertain: z.number().int(),
  /** Queued, waiting for a retry, or being sent now. */
  pending: z.number().int(),
  cancelled: z.number().int(),
  skipped: z.number().int(),
  /** Share of recipients that are done, 0–100, one decimal. */
  percent: z.number(),
  ratePerMinute: z.number(),
  etaMs: z.number().nullable(),
  isCompleted: z.boolean(),
  completedAt: z.number().nullable(),
})
export type Progress = z.output<typeof Progress>

export const Campaign = z.object({
  id: Id,
  name: z.string(),
  accountId: Id,
  subject: z.string(),
  status: CampaignStatus,
  /** Why it is paused or stopped: user, account, quota, content, sender. */
  statusReason: z.string().nullable(),
  /** The server's words behind the reason. */
  statusDetail: z.string().nullable(),
  resumeAt: z.number().nullable(),
  settings: CampaignSettings,
  unsubscribe: z.object({ mailto: z.string().nullable(), url: z.string().nullable() }),
  /** Recipients written to the campaign (a draft may have none yet). */
  recipients: z.number().int(),
  createdAt: z.number(),
  startedAt: z.number().nullable(),
  completedAt: z.number().nullable(),
  cancelledAt: z.number().nullable(),
  progress: Progress,
})
export type Campaign = z.output<typeof Campaign>

export const Delivery = z.object({
  id: Id,
  email: z.string(),
  state: DeliveryState,
  attempts: z.number().int(),
  nextAttemptAt: z.number(),
  lastCode: z.number().nullable(),
  lastEnhanced: z.string().nullable(),
  lastResponse: z.string().nullable(),
  messageId: z.string(),
  updatedAt: z.number(),
})
export type Delivery = z.output<typeof Delivery>

export const LogLevel = z.enum(['info', 'warn', 'error'])
export const LogEntry = z.object({
  id: Id,
  at: z.number(),
  level: LogLevel,
  kind: z.string(),
  campaignId: z.number().nullable(),
  /** Its campaign's name, kept once the campaign is deleted (ids are never reused). */
  campaign: z.object({ name: z.string(), deleted: z.boolean() }).nullable(),
  email: z.string().nullable(),
  /** In English; `kind` and `params` let the window say it in the user's language. */
  message: z.string(),
  params: Params,
  smtpCode: z.number().nullable(),
  smtpResponse: z.string().nullable(),
})
export type LogEntry = z.output<typeof LogEntry>

export const QueueSnapshot = z.object({
  byState: z.record(DeliveryState, z.number().int()),
  inFlight: z.number().int(),
  nextAttemptAt: z.number().nullable(),
  accounts: z.array(
    z.object({
      accountId: Id,
      sending: z.boolean(),
      throttledUntil: z.number().nullable(),
      /** An hourly or daily cap is reached: sending goes on by itself at this time. */
      cappedUntil: z.number().nullable().optional(),
      /** The current spacing between sends, after any slow-down. */
      paceMs: z.number(),
    }),
  ),
})
export type QueueSnapshot = z.output<typeof QueueSnapshot>

/** A message the built-in test inbox received. */
export const InboxSummary = z.object({
  id: Id,
  receivedAt: z.number(),
  /** The SMTP envelope, not the headers: who really sent and who really received. */
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string().nullable(),
  messageId: z.string().nullable(),
  size: z.number().int(),
})
export type InboxSummary = z.output<typeof InboxSummary>

export const InboxMessage = InboxSummary.extend({
  headerFrom: z.string(),
  headerTo: z.string(),
  date: z.number().nullable(),
  headers: z.array(z.object({ key: z.string(), line: z.string() })),
  /** As received: the window shows it only in a sandboxed frame. */
  html: z.string().nullable(),
  text: z.string().nullable(),
  attachments: z.array(
    z.object({
      filename: z.string().nullable(),
      contentType: z.string(),
      size: z.number().int(),
      cid: z.string().nullable(),
      inline: z.boolean(),
      /** The bytes, up to 2 MB, for the preview; null above that. */
      dataBase64: z.string().nullable(),
    }),
  ),
})
export type InboxMessage = z.output<typeof InboxMessage>

/** Where a template error is: a body part, or the unsubscribe link (a template of the data). */
export const TemplatePart = z.enum(['subject', 'html', 'text', 'unsubscribe'])
/** What is wrong with a template (see shared/errorReasons.ts). */
export const TemplateReason = z.enum(TEMPLATE_REASONS)

/** Would every recipient's message render? Checked before every start. */
export const Preflight = z.object({
  ok: z.boolean(),
  recipients: z.number().int(),
  errors: z.array(
    z.object({
      part: TemplatePart,
      /** The missing variable, when that is the problem. */
      variable: z.string().nullable(),
      message: z.string(),
      /** What is wrong and where (part, line, column…), for the window's words. */
      reason: TemplateReason,
      params: Params,
      /** How many recipients it affects, and a few of them. */
      rows: z.number().int(),
      examples: z.array(z.string()),
    }),
  ),
  warnings: z.array(z.enum(['no-unsubscribe-link'])),
})
export type Preflight = z.output<typeof Preflight>

export const TestSendResult = z.object({
  ok: z.boolean(),
  /** The server's reply code and words, shown to the user as they are. */
  code: z.number().nullable(),
  response: z.string(),
  /** Whose data the message was rendered with. */
  renderedFor: z.string(),
})
export type TestSendResult = z.output<typeof TestSendResult>

export const Suppression = z.object({
  email: z.string(),
  /** Why: the server's words for a bounce, or what the user wrote. */
  reason: z.string(),
  createdAt: z.number(),
})
export type Suppression = z.output<typeof Suppression>

/** A draft's editable fields; only drafts can be edited. */
export const CampaignPatch = z
  .object({
    id: Id,
    name: z.string().trim().min(1).max(200).optional(),
    accountId: Id.optional(),
    subject: z.string().min(1).max(998).optional(),
    html: z.string().min(1).max(5_000_000).optional(),
    /** null: generate the text part from the HTML. */
    text: z.string().max(5_000_000).nullable().optional(),
    settings: CampaignSettings.optional(),
    unsubscribe: Unsubscribe.optional(),
  })
  .strict()
export type CampaignPatch = z.output<typeof CampaignPatch>

/** What the editor needs beyond the Campaign: the bodies and the files. */
export const CampaignContent = z.object({
  id: Id,
  html: z.string(),
  /** The stored text template; null when generated. */
  text: z.string().nullable(),
  /** The text part generated from the HTML as it stands (variables left as they are). */
  generatedText: z.string(),
  images: z.array(
    z.object({
      cid: z.string(),
      filename: z.string(),
      contentType: z.string(),
      size: z.number().int(),
    }),
  ),
  attachments: z.array(
    z.object({ id: Id, filename: z.string(), contentType: z.string(), size: z.number().int() }),
  ),
  /** The recipients' variable names (their columns), for the editor's insert menu. */
  variables: z.array(z.string()),
})
export type CampaignContent = z.output<typeof CampaignContent>

export const RecipientRow = z.object({
  id: Id,
  /** 1-based position in the campaign, as imported. */
  row: z.number().int(),
  email: z.string(),
  data: z.record(z.string(), z.unknown()),
})
export type RecipientRow = z.output<typeof RecipientRow>

/** One recipient's message as it would be sent, ready for a sandboxed frame. */
export const PreviewResult = z.object({
  recipient: RecipientRow,
  /** null when it renders; otherwise why not (the same words the pre-flight uses). */
  error: z
    .object({
      part: TemplatePart,
      variable: z.string().nullable(),
      message: z.string(),
      reason: TemplateReason,
      params: Params,
    })
    .nullable(),
  subject: z.string(),
  /** cid: references already replaced by data: URLs of the campaign's images. */
  html: z.string(),
  text: z.string(),
  headers: z.array(z.object({ key: z.string(), value: z.string() })),
  attachments: z.array(
    z.object({ filename: z.string(), size: z.number().int(), inline: z.boolean() }),
  ),
})
export type PreviewResult = z.output<typeof PreviewResult>

/** A campaign's sends per minute and its state changes, for the campaign page. */
export const CampaignActivity = z.object({
  /** One entry per minute that saw an outcome, oldest first; `at` is the minute's start. */
  perMinute: z.array(
    z.object({ at: z.number(), sent: z.number().int(), failed: z.number().int() }),
  ),
  /** Started, paused (with why), resumed, completed, cancelled… oldest first. */
  timeline: z.array(
    z.object({
      at: z.number(),
      kind: z.string(),
      level: LogLevel,
      message: z.string(),
      params: Params,
    }),
  ),
})
export type CampaignActivity = z.output<typeof CampaignActivity>

export const DeliveryPage = z.object({ total: z.number().int(), items: z.array(Delivery) })
export type DeliveryPage = z.output<typeof DeliveryPage>

// ── Commands: window → engine, request → response ──────────────────────────────────────────

export const commands = {
  app: {
    info: command(
      z.void(),
      AppInfo,
      'About this app: version, host kind and where its data lives.',
    ),
  },
  engine: {
    status: command(
      z.void(),
      EngineStatus,
      'Whether sending is held (sleep, offline) and what start-up recovery found.',
    ),
  },
  settings: {
    get: command(z.void(), Settings, 'The user’s settings as stored in the database.'),
    update: command(SettingsPatch, Settings, 'Change some settings; answers with all of them.'),
  },
  accounts: {
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
  },
  campaigns: {
    list: command(z.void(), z.array(Campaign), 'Every campaign, newest first, with progress.'),
    get: command(ById, Campaign, 'One campaign with its progress.'),
    create: command(
      CampaignInput,
      Campaign,
      'A draft campaign with its recipients (the first of each address).',
    ),
    start: command(ById, Campaign, 'Queue every recipient; returns at once.'),
    pause: command(ById, Campaign, 'Stop claiming; in-flight sends finish.'),
    resume: command(ById, Campaign, 'Carry on sending.'),
    cancel: command(ById, Campaign, 'Stop for good; the rest become cancelled.'),
    progress: command(ByCampaign, Progress, 'The progress snapshot, on demand.'),
    duplicate: command(ById, Campaign, 'A draft copy, recipients included.'),
    preflight: command(
      ById,
      Preflight,
      'Render every recipient before a start: errors block it, warnings do not.',
    ),
    testSend: command(
      z
        .object({ id: Id, recipientEmail: z.string().nullable().default(null), to: EmailAddress })
        .strict(),
      TestSendResult,
      'Send one recipient’s message now to the given address, outside the queue.',
    ),
    delete: command(
      ById,
      z.object({ count: z.number().int() }),
      'Delete a campaign that is not sending, with all its rows.',
    ),
    update: command(CampaignPatch, Campaign, 'Edit a draft.'),
    content: command(
      ById,
      CampaignContent,
      'The bodies, images, attachments and variable names, for the editor.',
    ),
    setRecipients: command(
      z
        .object({
          id: Id,
          recipients: z.array(RecipientInput).max(1_000_000).default([]),
          recipientsFile: RecipientFileInput.nullable().default(null),
        })
        .strict()
        .refine((r) => r.recipients.length > 0 !== (r.recipientsFile !== null), {
          message: 'Give the recipients either inline or as a file',
          path: ['recipients'],
        }),
      Campaign,
      'Replace a draft’s recipients (duplicates and suppressed addresses left out).',
    ),
    recipients: command(
      z
        .object({
          id: Id,
          search: z.string().trim().min(1).nullable().default(null),
          limit: z.number().int().min(1).max(1000).default(50),
          offset: z.number().int().min(0).default(0),
        })
        .strict(),
      z.object({ total: z.number().int(), items: z.array(RecipientRow) }),
      'A campaign’s recipients in import order, optionally searched by address or data.',
    ),
    addImage: command(
      z.object({ id: Id, image: CampaignImageInput }).strict(),
      CampaignContent,
      'Store an image with a draft; the HTML embeds it as cid:<cid>.',
    ),
    removeImage: command(
      z.object({ id: Id, cid: z.string() }).strict(),
      CampaignContent,
      'Remove an image from a draft.',
    ),
    addAttachment: command(
      z.object({ id: Id, attachment: AttachmentInput }).strict(),
      CampaignContent,
      'Attach a file to every message of a draft.',
    ),
    removeAttachment: command(
      z.object({ id: Id, attachmentId: Id }).strict(),
      CampaignContent,
      'Remove an attachment from a draft.',
    ),
    activity: command(
      ById,
      CampaignActivity,
      'Sends per minute and the state changes, for the campaign page.',
    ),
    report: command(
      z
        .object({
          id: Id,
          /** What the user's spreadsheet splits on: `;` where the decimal mark is a comma. */
          delimiter: z.enum([',', ';']).default(','),
          /** The language of the column names and states (the data is the user's, as it came). */
          language: Language.default('en'),
        })
        .strict(),
      z.object({ filename: z.string(), csv: z.string() }),
      'Every recipient with state, tries, the last SMTP reply and when it was sent, as CSV.',
    ),
    preview: command(
      z.object({ id: Id, recipientId: Id.nullable().default(null) }).strict(),
      PreviewResult,
      'One recipient’s rendered message (the first recipient when none is named).',
    ),
  },
  deliveries: {
    list: command(
      z
        .object({
          campaignId: Id,
          state: DeliveryState,
          limit: z.number().int().min(1).max(1000).default(200),
          offset: z.number().int().min(0).default(0),
        })
        .strict(),
      z.array(Delivery),
      'Recipients of a campaign in one state, most recently changed first.',
    ),
    page: command(
      z
        .object({
          campaignId: Id,
          /** null: every state. */
          state: DeliveryState.nullable().default(null),
          /** Part of the address, in any case. */
          search: z.string().trim().min(1).nullable().default(null),
          limit: z.number().int().min(1).max(1000).default(200),
          offset: z.number().int().min(0).default(0),
        })
        .strict(),
      DeliveryPage,
      'A page of a campaign’s deliveries in import order, with the total that match.',
    ),
  },
  failed: {
    retry: command(
      OneOrAll,
      Count,
      'Failed sends (one, or all of a campaign) go back to the queue.',
    ),
    clear: command(OneOrAll, Count, 'Forget failed sends in the list; counts still include them.'),
  },
  uncertain: {
    resend: command(OneOrAll, Count, 'Send again, with the same Message-ID.'),
    markSent: command(OneOrAll, Count, 'The user confirms these arrived.'),
  },
  log: {
    list: command(
      z
        .object({
          campaignId: Id.nullable().default(null),
          level: LogLevel.nullable().default(null),
          beforeId: Id.nullable().default(null),
          limit: z.number().int().min(1).max(1000).default(200),
        })
        .strict(),
      z.array(LogEntry),
      'The event log, newest first.',
    ),
  },
  queue: {
    snapshot: command(
      z.void(),
      QueueSnapshot,
      'Deliveries by state across campaigns, and accounts.',
    ),
  },
  suppressions: {
    list: command(
      z
        .object({
          search: z.string().trim().min(1).nullable().default(null),
          limit: z.number().int().min(1).max(1000).default(200),
          offset: z.number().int().min(0).default(0),
        })
        .strict(),
      z.object({ total: z.number().int(), items: z.array(Suppression) }),
      'Addresses that never receive mail, newest first.',
    ),
    add: command(
      z
        .object({
          emails: z.array(EmailAddress).min(1).max(1_000_000),
          reason: z.string().trim().min(1).max(500).default('Added by hand'),
        })
        .strict(),
      z.object({ count: z.number().int() }),
      'Add addresses (already listed ones are left as they are).',
    ),
    remove: command(
      z.object({ email: z.string() }).strict(),
      z.object({ count: z.number().int() }),
      'Let an address receive mail again.',
    ),
  },
  recipients: {
    parse: command(
      RecipientFileInput,
      RecipientFilePreview,
      'Read a recipient file: encoding, delimiter, columns, a sample and every rejected row.',
    ),
  },
  inbox: {
    list: command(
      z
        .object({
          beforeId: Id.nullable().default(null),
          limit: z.number().int().min(1).max(1000).default(200),
        })
        .strict(),
      z.array(InboxSummary),
      'Messages the built-in test inbox received, newest first.',
    ),
    get: command(ById, InboxMessage, 'One received message, parsed.'),
    clear: command(z.void(), z.object({ count: z.number().int() }), 'Empty the test inbox.'),
  },
} as const

// ── Events: engine → window, one-way ────────────────────────────────────────────────────────

/** A screen of the window, for `app.open`. */
export const AppScreen = z.enum([
  'campaigns',
  'inbox',
  'accounts',
  'suppressions',
  'queue',
  'log',
  'settings',
  'about',
])
export type AppScreen = z.output<typeof AppScreen>

export const AppOpen = z.object({
  screen: AppScreen,
  /** With screen 'campaigns': the campaign to open; null shows the list. */
  campaignId: Id.nullable(),
})

export const events = {
  'engine.heartbeat': event(Heartbeat, 'Pushed every second while the engine runs.'),
  'engine.status': event(EngineStatus, 'Pushed when sending is held or released.'),
  'settings.changed': event(Settings, 'Pushed after any change of settings, by any window.'),
  'inbox.received': event(InboxSummary, 'The built-in test inbox received a message.'),
  'campaign.progress': event(
    Progress,
    'A campaign’s progress: at most every 100 ms while it sends, and at once on every status change.',
  ),
  'app.open': event(
    AppOpen,
    'The desktop shell asks the window to show a screen (the user clicked a notification).',
  ),
} as const

// ── Errors carried back to the window ───────────────────────────────────────────────────────

export const ErrorCode = z.enum([
  /** The input did not match the command's schema. */
  'invalid_input',
  /** No such command in the contract. */
  'unknown_command',
  /** The caller is not the app's own window (IPC sender check). */
  'forbidden',
  /** The browser host's token was missing or wrong. */
  'unauthorized',
  'not_found',
  /** The request is valid but the state does not allow it now. */
  'conflict',
  /** The engine cannot be reached: the host stopped or the connection broke. */
  'unavailable',
  /** A bug or an unexpected failure; details are in the log. */
  'internal',
])
export type ErrorCode = z.output<typeof ErrorCode>

export const ErrorPayload = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
  /**
   * A stable name for what went wrong (e.g. "campaign.notDraft") and its values, so the window
   * can say it in the user's language; `message` is the English sentence for everything else.
   */
  reason: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
})
export type ErrorPayload = z.output<typeof ErrorPayload>

export const EventMessage = z.object({ name: z.string(), payload: z.unknown() })
