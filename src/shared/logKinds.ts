/**
 * Every kind of line the engine writes to its log, with the variants some kinds come in.
 *
 * The engine writes an English `message` (for the log file and for anything unknown) and, with
 * it, the kind and its `params`; the window words each kind in the user's language. One list
 * for both: the engine can only write a kind named here, and a test fails when a kind or one of
 * its variants has no words in every language of the window.
 */
// A name or variant never ends in _one, _few, _many or _other: i18next would read a plural form.
export const LOG_KINDS = {
  'delivery.sent': [],
  /** params: attempt, maxAttempts; the reason is the line's SMTP reply. */
  'delivery.retrying': [],
  /** The message may have arrived: the connection broke after it went out, or the app stopped. */
  'delivery.uncertain': ['connection', 'appStopped'],
  /** gaveUp (params: attempts), refused (the reply says why), template (params: TemplateProblem). */
  'delivery.failed': ['gaveUp', 'refused', 'template'],
  /** params: count (also for retried and resend). */
  'delivery.marked-sent': [],
  /**
   * An uncertain send the mailbox showed went out: its copy is in the Sent folder, or a bounce
   * names it. Settled as sent, never sent again.
   */
  'delivery.settled': ['sentFolder', 'bounce'],
  'delivery.retried': [],
  'delivery.resend': [],
  'account.throttled': [],
  /**
   * One of a campaign's accounts met its sending quota and waits; the others go on. params:
   * name (the account's), minutes, detail (the server's words).
   */
  'account.quotaReached': [],
  /** params: count. */
  'campaign.started': [],
  /** By why it paused (the campaign's status reason); params: detail, the server's words. */
  'campaign.paused': ['user', 'account', 'quota', 'content', 'sender', 'protection'],
  /** By the status it left: started from a draft or a schedule, or resumed. */
  'campaign.sending': ['draft', 'scheduled', 'paused'],
  /** By the status it left: scheduled from a draft, or moved; params: at (local time), zone. */
  'campaign.scheduled': ['draft', 'scheduled'],
  /** Unscheduled: a draft again. */
  'campaign.draft': ['scheduled'],
  /**
   * A scheduled start after its time, because the app was closed or the computer slept;
   * params: minutes (how late), at (the scheduled local time), zone.
   */
  'campaign.startedLate': ['appClosed', 'asleep'],
  /** A scheduled time passed while the app was closed: the campaign waits; params: at, zone. */
  'campaign.startMissed': [],
  /** The start at the scheduled time was refused; params: detail (why, in English). */
  'campaign.startFailed': [],
  'campaign.cancelled': [],
  /**
   * One of the campaign's accounts stopped sending it, by why (as a pause's reason); the others
   * go on. params: name (the account's), detail (the server's words).
   */
  'campaign.accountStopped': ['account', 'sender'],
  /** The user's resume sends again through the accounts that stopped; params: count. */
  'campaign.accountsResumed': [],
  'campaign.completed': [],
  /** params: name. */
  'campaign.deleted': [],
  /** An inline list's repeated addresses, left out; params: count, examples (the first few). */
  'campaign.duplicatesLeftOut': [],
  /**
   * What came back in the account's mailbox about one email. A bounce by its severity, or soft
   * bounces in several campaigns in a row taken as hard (params: count). The line's SMTP reply
   * is the bounce's status and the server's words.
   */
  'feedback.bounced': ['hard', 'soft', 'softInARow'],
  /** A person's reply, or an automatic one (out of office…). */
  'feedback.replied': ['reply', 'autoReply'],
  /**
   * An unsubscribe request, honoured (the address is on the do-not-send list): by the token of
   * the List-Unsubscribe mailto, by a reply that asks, or by a bare "unsubscribe" subject.
   */
  'feedback.unsubscribed': ['token', 'reply', 'subject'],
  /** Sending held for the whole app, by why: the computer sleeps, or there is no network. */
  'engine.held': ['suspend', 'offline'],
  /** By the hold that ended; …StillHeld when another hold keeps sending waiting. */
  'engine.released': ['suspend', 'offline', 'suspendStillHeld', 'offlineStillHeld'],
} as const satisfies Record<string, readonly string[]>

export type LogKind = keyof typeof LOG_KINDS
