/**
 * The engine: the product's core, pure Node. Hosts (Electron main, the browser host) open the
 * database, build the engine with their own ports (secret store, log folder), route commands
 * through `dispatch` and forward `events` to their windows. It never imports `electron`.
 */
import type { AppInfo, EngineStatus, HostKind } from '@shared/contract'
import { createAccount, editAccount, listAccounts, removeAccount } from './accounts'
import { campaignActivity } from './activity'
import { listRecipients } from './campaignRecipients'
import { Campaigns } from './campaigns'
import { systemClock, type Clock } from '@shared/clock'
import { Committer } from './db/committer'
import { selectLogEntries } from './db/eventLog'
import { schemaVersion, sqliteVersion, type Db } from './db/open'
import { DeliveryActions } from './deliveries'
import { Drafts } from './drafts'
import { createDispatch, type Dispatch, type Handlers } from './dispatch'
import { EngineEvents } from './events'
import { HEARTBEAT_MS, startHeartbeat } from './heartbeat'
import { holdLogMessage, Holds, type Hold } from './holds'
import { deleteInboxMessages } from './db/inbox'
import { previewRecipientFile } from './import/recipientFile'
import { listInbox, readInboxMessage } from './inbox/readInbox'
import { TestInbox } from './inbox/testInbox'
import { EngineLog } from './log/engineLog'
import { publicLogEntry } from './log/logEntries'
import type { LogFile } from './log/logFile'
import { ProgressPublisher, RateMeter } from './progress'
import { queueSnapshot } from './queueMonitor'
import type { SecretStore } from './secrets/secretStore'
import { HOLD_GRACE_MS, Sender, STOP_GRACE_MS, type Recovered } from './sender/sender'
import { SenderLock } from './senderLock'
import { readSettings, updateSettings } from './settings'
import { Scheduler } from './schedule/scheduler'
import { preflight } from './preflight'
import { senderCheck } from './senderCheck/senderCheck'
import { previewMessage } from './preview'
import { campaignReport } from './report'
import { testConnection } from './testConnection'
import { listFeedbackMessages, readFeedbackMessage } from './mailbox/feedbackMessages'
import { testMailbox } from './mailbox/mailboxTest'
import { openImapSource } from './mailbox/imap/imapSource'
import type { RecordMessage } from './mailbox/readMessage'
import { MailboxReader } from './mailbox/reader/mailboxReader'
import { defaultOpenSource, type OpenSource } from './mailbox/reader/openSource'
import { createRecordMessage } from './mailbox/apply/recordMessage'
import { testMailboxSourceFor } from './inbox/testMailbox/builtinMailbox'
import { testSend } from './testSend'
import { addSuppressions, listSuppressions, removeSuppression } from './suppressions'
import {
  listTemplates,
  removeTemplate,
  saveTemplateFromCampaign,
  useTemplate,
} from './letterTemplates'

export interface EngineOptions {
  db: Db
  dataDir: string
  host: HostKind
  version: string
  secrets: SecretStore
  /** The rotating text log in the data folder; null in tests that do not look at it. */
  logFile?: LogFile | null
  clock?: Clock
  random?: () => number
  heartbeatMs?: number
  /** How long the first slow-down (421, 4.7.x, 4.4.5) holds an account; 30 s unless tests say. */
  slowdownBasePauseMs?: number
  /** The bound of accounts.testConnection, DNS to QUIT; 15 s unless a test says. */
  connectionTestTimeoutMs?: number
  /** How long a hold lets in-flight sends finish before cutting them; 2 s unless a test says. */
  holdGraceMs?: number
  /** The DNS servers the sender check asks ('host' or 'host:port'); the system's unless tests say. */
  dnsServers?: string[]
  /** The bound of one DNS query of the sender check; 3 s unless a test says. */
  dnsTimeoutMs?: number
  /** How the mailbox reader reaches an account's mailbox: over IMAP unless a test says. */
  openMailboxSource?: OpenSource
  /** What a recognised message does (mailbox/apply) unless a test says. */
  recordMailboxMessage?: (deps: { db: Db; clock: Clock }) => RecordMessage
  /** Messages the reader looks at per batch (and transaction); 200 unless a test says. */
  mailboxBatchSize?: number
  /**
   * How the sender's writes become durable: the group commit unless a test says (the crash
   * suite breaks it on purpose, to show that it would notice).
   */
  committer?: (db: Db) => Committer
}

export interface Engine {
  dispatch: Dispatch
  events: EngineEvents
  /**
   * Starts the built-in test inbox and points its account at it. Hosts call it before start(),
   * so that a campaign resumed at start-up finds the inbox listening.
   */
  startTestInbox(): Promise<void>
  /** Takes the sender lock, recovers interrupted sends and resumes sending campaigns. */
  start(): void
  /** Stops claiming, lets in-flight sends finish (bounded), releases the lock. */
  stop(graceMs?: number): Promise<void>
  /**
   * Holds sending for the whole app (the host saw the computer go to sleep, or the network
   * go): no more claims; in-flight sends are cut after a short grace, no attempt used up.
   * Campaigns keep their status. Holds outlive stop() and may come before start(). Resolves
   * when nothing is in flight.
   */
  hold(reason: Hold): Promise<void>
  /** Ends one reason to hold; when none is left, sending campaigns go on by themselves. */
  release(reason: Hold): Promise<void>
}

export function createEngine(options: EngineOptions): Engine {
  const { db, secrets } = options
  const clock = options.clock ?? systemClock
  const random = options.random ?? Math.random
  const events = new EngineEvents()
  const log = new EngineLog(clock, options.logFile ?? null)
  const committer = options.committer?.(db) ?? new Committer(db)
  const progress = new ProgressPublisher(db, events, clock, new RateMeter(clock))
  const lock = new SenderLock(db, clock)
  const sender = new Sender({
    slowdownBasePauseMs: options.slowdownBasePauseMs,
    db,
    committer,
    clock,
    log,
    secrets,
    progress,
    random,
    campaigns: () => campaigns,
  })
  const campaigns: Campaigns = new Campaigns({
    db,
    clock,
    log,
    progress,
    wakeCampaign: (id) => sender.wakeCampaign(id),
    scheduleChanged: () => scheduler.arm(),
  })
  const scheduler = new Scheduler({ db, clock, log, campaigns })
  const drafts = new Drafts({ db, clock, campaigns, log })
  const inbox = new TestInbox({ db, clock, events, secrets })
  const deliveries = new DeliveryActions({
    db,
    clock,
    log,
    progress,
    campaigns,
    wakeCampaign: (id) => sender.wakeCampaign(id),
  })

  const holds = new Holds(clock)
  const reader = new MailboxReader({
    db,
    clock,
    openSource:
      options.openMailboxSource ??
      defaultOpenSource({
        secrets,
        openImap: (login) => openImapSource(login),
        // The built-in test inbox's account reads its own local mailbox.
        sourceFor: (account) => {
          const own = testMailboxSourceFor(db, account.id)
          return own ? Promise.resolve(own) : null
        },
      }),
    recordMessage: options.recordMailboxMessage
      ? options.recordMailboxMessage({ db, clock })
      : createRecordMessage({
          db,
          clock,
          log,
          progress,
          settings: () => readSettings(db),
          pauseForProtection: (id, detail) => campaigns.pause(id, 'protection', detail),
        }),
    settle: (p) => deliveries.settleUncertain(p),
    held: () => holds.held,
    pollMs: () => readSettings(db).mailbox.pollSeconds * 1000,
    batchSize: options.mailboxBatchSize,
  })
  let recovered: Recovered = []
  const status = (): EngineStatus => ({ ...holds.snapshot(), recovered })
  const holdChanged = (change: 'held' | 'released', reason: Hold) => {
    const message = holdLogMessage(change, reason, holds.snapshot().held)
    const stillHeld = change === 'released' && holds.snapshot().held.length > 0
    const variant = stillHeld ? `${reason}StillHeld` : reason
    log.write(db, { level: 'info', kind: `engine.${change}`, message, params: { variant } })
    events.emit('engine.status', status())
  }

  const info = (): AppInfo => ({
    name: 'Outbox',
    version: options.version,
    dataDir: options.dataDir,
    host: options.host,
    platform: process.platform,
    nodeVersion: process.versions.node,
    sqliteVersion: sqliteVersion(db),
    schemaVersion: schemaVersion(db),
  })

  const handlers: Handlers = {
    app: { info },
    engine: { status },
    settings: {
      get: () => readSettings(db),
      update: (patch) => updateSettings(db, events, patch),
    },
    accounts: {
      list: () => listAccounts(db, clock),
      create: (input) => {
        const account = createAccount(db, secrets, clock, input)
        void reader.accountChanged(account.id)
        return account
      },
      update: (input) => {
        const account = editAccount(db, secrets, clock, input)
        sender.accountChanged(account.id)
        void reader.accountChanged(account.id)
        return account
      },
      delete: ({ id }) => {
        const result = removeAccount(db, clock, id)
        void reader.accountChanged(id)
        return result
      },
      testConnection: (input) =>
        testConnection({ db, secrets, timeoutMs: options.connectionTestTimeoutMs }, input),
    },
    campaigns: {
      list: () => campaigns.list(),
      get: ({ id }) => campaigns.get(id),
      create: (input) => drafts.create(input),
      start: ({ id }) => campaigns.start(id),
      schedule: ({ id, schedule }) => campaigns.schedule(id, schedule),
      unschedule: ({ id }) => campaigns.unschedule(id),
      pause: ({ id }) => campaigns.pause(id),
      resume: ({ id }) => campaigns.resume(id),
      cancel: ({ id }) => campaigns.cancel(id),
      progress: ({ campaignId }) => campaigns.get(campaignId).progress,
      duplicate: ({ id }) => drafts.duplicate(id),
      preflight: ({ id }) => preflight(db, campaigns.require(id)),
      senderCheck: ({ id }) =>
        senderCheck(
          {
            db,
            secrets,
            clock,
            dnsServers: options.dnsServers,
            dnsTimeoutMs: options.dnsTimeoutMs,
          },
          campaigns.require(id),
        ),
      testSend: (p) => testSend({ db, clock, secrets, campaigns }, p),
      delete: ({ id }) => campaigns.delete(id),
      update: (patch) => drafts.update(patch),
      content: ({ id }) => drafts.content(id),
      setRecipients: (p) => drafts.setRecipients(p),
      recipients: ({ id, ...page }) => {
        campaigns.require(id)
        return listRecipients(db, { campaignId: id, ...page })
      },
      addImage: ({ id, image }) => drafts.addImage(id, image),
      removeImage: ({ id, cid }) => drafts.removeImage(id, cid),
      image: ({ id, cid }) => drafts.image(id, cid),
      addAttachment: ({ id, attachment }) => drafts.addAttachment(id, attachment),
      removeAttachment: ({ id, attachmentId }) => drafts.removeAttachment(id, attachmentId),
      activity: ({ id }) => {
        campaigns.require(id)
        return campaignActivity(db, id)
      },
      report: ({ id, delimiter, language }) =>
        campaignReport(db, campaigns.require(id), delimiter, language),
      preview: (p) => previewMessage({ db, campaigns }, p),
    },
    deliveries: {
      list: (p) => deliveries.list(p),
      page: (p) => deliveries.page(p),
    },
    failed: {
      retry: (scope) => deliveries.retryFailed(scope),
      clear: (scope) => deliveries.clearFailed(scope),
    },
    uncertain: {
      resend: (scope) => deliveries.resendUncertain(scope),
      markSent: (scope) => deliveries.markSent(scope),
    },
    log: {
      list: (p) => selectLogEntries(db, p).map(publicLogEntry),
    },
    queue: { snapshot: () => queueSnapshot(db, sender.accountStates()) },
    recipients: { parse: (file) => previewRecipientFile(db, file) },
    suppressions: {
      list: (p) => listSuppressions(db, p),
      add: (p) => addSuppressions(db, clock, p),
      remove: ({ email }) => removeSuppression(db, email),
    },
    templates: {
      list: () => listTemplates(db),
      saveFromCampaign: (p) => saveTemplateFromCampaign({ db, clock, campaigns, drafts }, p),
      use: (p) => useTemplate({ db, clock, campaigns, drafts }, p),
      delete: ({ id }) => removeTemplate(db, id),
    },
    inbox: {
      list: (p) => listInbox(db, p),
      get: ({ id }) => readInboxMessage(db, id),
      clear: () => ({ count: deleteInboxMessages(db) }),
    },
    mailbox: {
      test: (input) =>
        testMailbox({ db, secrets, timeoutMs: options.connectionTestTimeoutMs }, input),
      checkNow: async ({ accountId }) => ({ accounts: await reader.checkNow(accountId) }),
      messages: ({ campaignId, ...page }) => {
        campaigns.require(campaignId)
        return listFeedbackMessages(db, { campaignId, ...page })
      },
      get: ({ id }) => readFeedbackMessage(db, id),
    },
  }

  let stopHeartbeat: (() => void) | undefined
  let started = false
  return {
    dispatch: createDispatch(handlers),
    events,
    async startTestInbox() {
      await inbox.start()
    },
    start() {
      if (started) return
      lock.acquire()
      started = true
      campaigns.removeInterruptedStarts() // before the sender looks at any row
      recovered = sender.start()
      scheduler.start() // after the sender: a start that is due finds it running
      reader.start()
      if (recovered.length) events.emit('engine.status', status())
      stopHeartbeat = startHeartbeat(events, clock, options.heartbeatMs ?? HEARTBEAT_MS)
    },
    async stop(graceMs = STOP_GRACE_MS) {
      stopHeartbeat?.()
      stopHeartbeat = undefined
      // Starts under way end at their next slice, while the database is open: nothing is left.
      const starts = campaigns.stopStarts()
      if (!started) return void (await Promise.all([starts, inbox.stop()]))
      started = false
      scheduler.stop() // before a cut start's refusal comes back: it is not a failed start
      await Promise.all([starts, sender.stop(graceMs), reader.stop()])
      await committer.close() // its WAL handle goes before the host closes the database
      await inbox.stop()
      progress.stop()
      lock.release()
    },
    async hold(reason) {
      if (!holds.add(reason)) return
      holdChanged('held', reason)
      reader.hold()
      await sender.hold(options.holdGraceMs ?? HOLD_GRACE_MS)
    },
    async release(reason) {
      if (!holds.remove(reason)) return
      holdChanged('released', reason)
      if (holds.held) return
      reader.release()
      await sender.release()
    },
  }
}
