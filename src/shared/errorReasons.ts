/**
 * Every reason an engine error can carry (ErrorPayload.reason), and a template's problems.
 *
 * The window words each in the user's language from the reason and its params, and shows the
 * English `message` only for a reason it does not know. A test fails when a reason listed here
 * has no words in every language of the window.
 */
// A name or variant never ends in _one, _few, _many or _other: i18next would read a plural form.
export const TEMPLATE_REASONS = [
  /** params: part, variable, line. */
  'template.missingVariable',
  /** params: part, helper, line, column. */
  'template.unknownHelper',
  /** A block closed by the wrong tag; params: part, open, close, line, column. */
  'template.mismatch',
  /** Not valid Handlebars; params: part, line, column, fragment (the parser's words, as they are). */
  'template.syntax',
  /** Anything else Handlebars refuses; params: part, fragment. */
  'template.unusable',
  /** {{unsubscribeUrl}} in a campaign with no unsubscribe page or address; params: part, line, column. */
  'template.noUnsubscribeTarget',
  /** A name read as if a value had parts ({{name.length}}); params: part, variable, line, column. */
  'template.notAvailable',
  /** Blocks inside blocks beyond the bound; params: part, max, line. */
  'template.nestedTooDeep',
  /** HTML elements inside elements beyond the bound; params: part, max, line. */
  'template.htmlTooDeep',
  /** One rendered part beyond the bound; params: part, maxMb. */
  'template.renderedTooLarge',
  /** Loops that ran past the time bound; params: part, seconds. */
  'template.tooSlow',
] as const

export const ERROR_REASONS = [
  ...TEMPLATE_REASONS,
  'campaign.notFound',
  'campaign.deleteWhileSending',
  'campaign.noRecipients',
  'campaign.notDraft',
  /** HTML sent for a letter written in the visual editor. */
  'campaign.visualLetter',
  /** params: name, status. */
  'campaign.cannotStart',
  'campaign.alreadyStarting',
  'campaign.changedWhileStarting',
  /** params: name, status. */
  'campaign.cannotSchedule',
  /** A scheduled start at or before now. */
  'campaign.scheduleNotFuture',
  /** Unscheduling a campaign that is not scheduled; params: name, status. */
  'campaign.notScheduled',
  'campaign.cancelledNoRequeue',
  /** params: count (recipients whose message cannot be made). */
  'campaign.preflightFailed',
  /** params: status, to. */
  'campaign.cannotMove',
  'campaign.tooManyImages',
  'campaign.tooManyAttachments',
  'campaign.imageNotFound',
  'campaign.attachmentNotFound',
  /** `policy.fromAccountId` is not one of the campaign's accounts. */
  'campaign.fromAccountNotListed',
  'recipient.notFound',
  /** A kept letter template that is no longer there. */
  'letterTemplate.notFound',
  /** A retry that would send to addresses on the do-not-send list; params: count. */
  'delivery.suppressed',
  'recipients.none',
  'recipients.allExcluded',
  'recipients.noEmailColumn',
  'recipients.unreadable',
  'recipients.empty',
  'recipients.duplicateColumns',
  'recipients.missingColumn',
  'account.notFound',
  'account.inUse',
  'account.builtin',
  'account.deleted',
  'dkim.needsKey',
  'dkim.notPem',
  'dkim.encrypted',
  'dkim.unreadable',
  'dkim.notRsa',
  'dkim.tooShort',
  'inbox.notFound',
  'mailbox.messageNotFound',
  'sender.locked',
  'input.invalid',
  /** A command larger than either host takes (see commandLimit.ts); params: maxMb (the largest file). */
  'request.tooLarge',
  /** The browser host takes commands as JSON only (Content-Type: application/json). */
  'request.notJson',
] as const

export type TemplateReason = (typeof TEMPLATE_REASONS)[number]
export type ErrorReasonName = (typeof ERROR_REASONS)[number]
