/** What one received message is, as classifyMessage answers it. */
import type { DsnRecipient } from './deliveryStatus'
import type { BounceSeverity } from './statusCode'

export interface BounceClass {
  kind: 'bounce'
  severity: BounceSeverity
  /** True for an RFC 3464 report, false for a bounce recognised by its shape. */
  standard: boolean
  /** The first recipient that failed or was delayed, as the report names it. */
  recipient: string | null
  action: string | null
  status: string | null
  diagnosticCode: string | null
  reportingMta: string | null
  /** Every recipient block of the report (empty for a bounce recognised by its shape). */
  recipients: DsnRecipient[]
  /** The returned message's Message-ID, without angle brackets. */
  originalMessageId: string | null
  /** Whether the caller knows originalMessageId as one of its own. */
  originalIsOurs: boolean
}

export interface AutoReplyClass {
  kind: 'auto-reply'
  from: string | null
  /** Our Message-ID it answers, when it names one. */
  inReplyTo: string | null
}

export interface ReplyClass {
  kind: 'reply'
  from: string | null
  subject: string
  /** Our Message-ID it answers. */
  inReplyTo: string
  /** The first lines of the reply's own text, for a preview. */
  preview: string
}

export interface UnsubscribeClass {
  kind: 'unsubscribe'
  /** token: the mailto subject unsubscribe-<token>; reply: a reply that asks; subject: a bare request. */
  via: 'token' | 'reply' | 'subject'
  token: string | null
  from: string | null
  /** Our Message-ID it answers, when it names one. */
  inReplyTo: string | null
}

export interface UnrelatedClass {
  kind: 'unrelated'
}

export type MessageClass =
  BounceClass | AutoReplyClass | ReplyClass | UnsubscribeClass | UnrelatedClass

/** What the caller knows: its own Message-IDs (without angle brackets). No database here. */
export interface KnownMessages {
  isOurMessageId(messageId: string): boolean
}
