/** `campaigns.*`: drafting, checking, sending and reporting on campaigns. */
import { z } from 'zod'
import { LetterDesign } from '../letter/design'
import { TEMPLATE_REASONS } from '../errorReasons'
import { safeFileName } from '../fileName'
import { command } from './command'
import { ById, EmailAddress, Id, Language, LogLevel, Params, RecipientFileInput } from './common'
import { AccountIds, AccountProgress, CampaignPolicy, Schedule } from './sendingPolicy'
import { CampaignFeedback } from './mailbox'
import { SenderCheck } from './senderCheck'

const ByCampaign = z.object({ campaignId: Id }).strict()

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

/**
 * The preheader: the text mail apps show after the subject in the inbox list. A Handlebars
 * template of the recipient's data, like the subject; '' for none.
 */
export const Preheader = z.string().max(500)

/**
 * Link tagging for analytics: every http(s) link of the letter gets utm_source, utm_medium and
 * utm_campaign. Each value is a Handlebars template of the recipient's data; an empty value
 * adds no parameter. null on a campaign: the links go out as written.
 */
export const LinkTagging = z
  .object({
    source: z.string().trim().max(200),
    medium: z.string().trim().max(200),
    campaign: z.string().trim().max(200),
  })
  .strict()
export type LinkTagging = z.output<typeof LinkTagging>

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
    /** The first (or only) account. */
    accountId: Id,
    /** Every account the campaign sends through, `accountId` first; absent: that one only. */
    accountIds: AccountIds.optional(),
    /** Absent: the account's sending hours, any zone column unused, the fixed delay. */
    policy: CampaignPolicy.optional(),
    subject: z.string().min(1).max(998),
    preheader: Preheader.default(''),
    /** The letter as HTML; with a visual `design` it is made from the design instead. */
    html: z.string().min(1).max(5_000_000).optional(),
    /** A letter written in the visual editor; null: an HTML letter. */
    design: LetterDesign.nullable().default(null),
    text: z.string().max(5_000_000).nullable().default(null),
    linkTagging: LinkTagging.nullable().default(null),
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
  .refine((c) => c.accountIds === undefined || c.accountIds[0] === c.accountId, {
    message: 'The first of the accounts is the campaign’s account',
    path: ['accountIds'],
  })
  .refine((c) => c.html !== undefined || c.design !== null, {
    message: 'A letter needs its HTML or a visual design',
    path: ['html'],
  })
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
  /** Outside its sending hours: when sending resumes; null when it may send now. */
  waitingUntil: z.number().nullable(),
  /** Under "spread over": the pace the engine derived (ms between sends, all accounts). */
  paceMs: z.number().nullable(),
  /** Each account's share, in the campaign's order. */
  accounts: z.array(AccountProgress),
  /** Bounces, replies and unsubscribe requests read back from the mailbox. */
  feedback: CampaignFeedback,
})
export type Progress = z.output<typeof Progress>

export const Campaign = z.object({
  id: Id,
  name: z.string(),
  /** The first account (`accountIds[0]`). */
  accountId: Id,
  accountIds: z.array(Id),
  policy: CampaignPolicy,
  /** Set while the campaign is scheduled (and kept once it started, for the record). */
  schedule: Schedule.nullable(),
  /** Under "spread over": when the last email is due (fixed at the start); else null. */
  finishBy: z.number().nullable(),
  subject: z.string(),
  /** '' for none. */
  preheader: z.string(),
  status: CampaignStatus,
  /** Why it is paused or stopped: user, account, quota, content, sender, protection. */
  statusReason: z.string().nullable(),
  /**
   * The server's words behind the reason; for `startFailed`, the refusal as JSON: `{ message,
   * reason?, params? }` (an error reason of shared/errorReasons.ts, for the window to word).
   */
  statusDetail: z.string().nullable(),
  resumeAt: z.number().nullable(),
  settings: CampaignSettings,
  unsubscribe: z.object({ mailto: z.string().nullable(), url: z.string().nullable() }),
  /** null: the links go out as written. */
  linkTagging: z
    .object({ source: z.string(), medium: z.string(), campaign: z.string() })
    .nullable(),
  /** Recipients written to the campaign (a draft may have none yet). */
  recipients: z.number().int(),
  /** The recipients' time-zone column, if any, and how many carry a zone understood. */
  recipientZones: z.object({ column: z.string(), known: z.number().int() }).nullable(),
  createdAt: z.number(),
  startedAt: z.number().nullable(),
  completedAt: z.number().nullable(),
  cancelledAt: z.number().nullable(),
  progress: Progress,
})
export type Campaign = z.output<typeof Campaign>

/** Where a template error is: a part of the letter, or another template of the data. */
export const TemplatePart = z.enum([
  'subject',
  'preheader',
  'html',
  'text',
  'unsubscribe',
  'linkTagging',
])
export type TemplatePart = z.output<typeof TemplatePart>
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

/** A draft's editable fields; only drafts can be edited. */
export const CampaignPatch = z
  .object({
    id: Id,
    name: z.string().trim().min(1).max(200).optional(),
    accountId: Id.optional(),
    /** Replaces the accounts; the first becomes `accountId`. */
    accountIds: AccountIds.optional(),
    policy: CampaignPolicy.optional(),
    subject: z.string().min(1).max(998).optional(),
    preheader: Preheader.optional(),
    html: z.string().min(1).max(5_000_000).optional(),
    /**
     * A visual letter: the HTML is made from it. null turns a visual letter into an HTML one
     * (its HTML stays; there is no way back).
     */
    design: LetterDesign.nullable().optional(),
    /** null: generate the text part from the HTML. */
    text: z.string().max(5_000_000).nullable().optional(),
    settings: CampaignSettings.optional(),
    unsubscribe: Unsubscribe.optional(),
    /** null: leave the links as written. */
    linkTagging: LinkTagging.nullable().optional(),
  })
  .strict()
export type CampaignPatch = z.output<typeof CampaignPatch>

/** What the editor needs beyond the Campaign: the bodies and the files. */
export const CampaignContent = z.object({
  id: Id,
  html: z.string(),
  /** The visual letter the HTML is made from; null for a letter written as HTML. */
  design: LetterDesign.nullable(),
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
  /** The preheader as plain text, as the inbox shows it after the subject; '' for none. */
  preheader: z.string(),
  /** cid: references already replaced by data: URLs of the campaign's images (the preheader hidden in it). */
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

export const campaigns = {
  list: command(z.void(), z.array(Campaign), 'Every campaign, newest first, with progress.'),
  get: command(ById, Campaign, 'One campaign with its progress.'),
  create: command(
    CampaignInput,
    Campaign,
    'A draft campaign with its recipients (the first of each address).',
  ),
  start: command(
    ById,
    Campaign,
    'Queue every recipient (a draft, or a scheduled one now); returns at once.',
  ),
  schedule: command(
    z.object({ id: Id, schedule: Schedule }).strict(),
    Campaign,
    'Check a draft and schedule its start (or move a scheduled start).',
  ),
  unschedule: command(ById, Campaign, 'A scheduled campaign becomes a draft again.'),
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
  senderCheck: command(
    ById,
    SenderCheck,
    'Before a start: SPF, DKIM and DMARC of the From domains, and one message’s size, images, links and unsubscribe; advice only.',
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
  image: command(
    z.object({ id: Id, cid: z.string() }).strict(),
    z.object({ cid: z.string(), contentType: z.string(), dataBase64: z.string() }),
    'One of a campaign’s images with its bytes, for the visual editor to show.',
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
} as const
