/**
 * The one contract between the window and the engine.
 *
 * Every command the window can invoke (input → output) and every event the engine pushes
 * (payload) is declared in this folder once, as a runtime schema. Electron IPC, the preload's
 * `window.outbox`, the browser host and the renderer's client are all derived from it, and
 * everyone imports it from here (`@shared/contract`).
 *
 * Each namespace of commands has its file (`campaigns.*` in campaigns.ts) with the schemas only
 * it uses; schemas several namespaces share are in common.ts; events.ts and errors.ts hold the
 * rest. Add a command: add a line under its namespace and a handler in the engine; the compiler
 * then points at every place that must follow. A new namespace is a new file listed in
 * `commands` below; a new schema the rest of the app needs is exported below as well.
 */
import { accounts } from './accounts'
import { app } from './app'
import { campaigns } from './campaigns'
import { deliveries } from './deliveries'
import { engine } from './engine'
import { failed } from './failed'
import { inbox } from './inbox'
import { log } from './log'
import { mailbox } from './mailbox'
import { queue } from './queue'
import { recipients } from './recipients'
import { settings } from './settings'
import { suppressions } from './suppressions'
import { templates } from './templates'
import { uncertain } from './uncertain'

/** Commands: window → engine, request → response. */
export const commands = {
  app,
  engine,
  settings,
  accounts,
  campaigns,
  deliveries,
  failed,
  uncertain,
  log,
  queue,
  suppressions,
  templates,
  recipients,
  inbox,
  mailbox,
} as const

export { events, AppOpen, AppScreen, EventMessage, Heartbeat } from './events'
export { ErrorCode, ErrorPayload } from './errors'
export {
  ById,
  DeliveryState,
  EmailAddress,
  Id,
  Language,
  LogLevel,
  Params,
  RecipientFileInput,
} from './common'
export { AppInfo, HostKind } from './app'
export { EngineStatus, HoldReason } from './engine'
export { Settings, SettingsPatch, Theme } from './settings'
export {
  Account,
  AccountDefaults,
  AccountInput,
  AccountUpdate,
  ConnectionTestInput,
  ConnectionTestResult,
  DkimInput,
  Security,
} from './accounts'
export {
  AttachmentInput,
  Campaign,
  CampaignActivity,
  CampaignContent,
  CampaignImageInput,
  CampaignInput,
  CampaignPatch,
  CampaignSettings,
  CampaignStatus,
  LinkTagging,
  Preflight,
  Preheader,
  PreviewResult,
  Progress,
  RecipientInput,
  RecipientRow,
  TemplatePart,
  TemplateReason,
  TestSendResult,
  Unsubscribe,
} from './campaigns'
export {
  SenderCheck,
  SenderCheckCode,
  SenderCheckReason,
  SenderCheckSeverity,
  SenderFinding,
} from './senderCheck'
export { Delivery, DeliveryPage } from './deliveries'
export { LogEntry } from './log'
export { QueueSnapshot } from './queue'
export { Suppression } from './suppressions'
export { LetterTemplate } from './templates'
export { RecipientFilePreview } from './recipients'
export { InboxMessage, InboxSummary } from './inbox'
export {
  CampaignFeedback,
  DeliveryFeedback,
  FeedbackFilter,
  FeedbackKind,
  FeedbackMessage,
  FeedbackMessageView,
  Mailbox,
  MailboxInput,
  MailboxStatus,
  MailboxTestInput,
  MailboxTestResult,
} from './mailbox'
export {
  AccountIds,
  AccountProgress,
  CampaignPolicy,
  ClockTime,
  MAX_CAMPAIGN_ACCOUNTS,
  MissedStart,
  Schedule,
  SendingHours,
  SPREAD_MAX_MS,
  SPREAD_MIN_MS,
  TimeZone,
  Warmup,
  WarmupToday,
  Weekday,
} from './sendingPolicy'
