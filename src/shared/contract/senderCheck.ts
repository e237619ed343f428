/**
 * The sender check before a start (`campaigns.senderCheck`): what the receiving providers will
 * see of the campaign's From domains and accounts (SPF, DKIM, DMARC, a free-mail From) and of one
 * rendered message (size, images' alt text, http links, one-click unsubscribe). Every finding is
 * advice: none blocks a start. The window words each code in the user's language.
 */
import { z } from 'zod'
import { Params } from './common'

export const SENDER_CHECK_CODES = [
  // The built-in test inbox: nothing leaves the computer, so DNS does not matter.
  'dns.notApplicable',
  'spf.pass',
  'spf.notAllowed',
  'spf.missing',
  'spf.broken',
  'spf.localRelay',
  'spf.unknown',
  'dkim.match',
  'dkim.mismatch',
  'dkim.missing',
  'dkim.revoked',
  'dkim.notConfigured',
  'dkim.unknown',
  'dmarc.aligned',
  'dmarc.misaligned',
  'dmarc.missing',
  'dmarc.unknown',
  'freeMail.bulk',
  'size.ok',
  'size.clipped',
  'alt.ok',
  'alt.missing',
  'links.ok',
  'links.http',
  'unsubscribe.oneClick',
  'unsubscribe.mailtoOnly',
  'unsubscribe.none',
  'content.unknown',
] as const
export const SenderCheckCode = z.enum(SENDER_CHECK_CODES)
export type SenderCheckCode = z.output<typeof SenderCheckCode>

/** Why a check could not look (the `reason` param of an `unknown` finding). */
export const SENDER_CHECK_REASONS = [
  /** No DNS server answered: the computer is probably offline. */
  'unreachable',
  'timeout',
  'servfail',
  'refused',
  /** The SMTP server's name has no address. */
  'hostNotFound',
  /** The stored DKIM key could not be opened. */
  'keyUnreadable',
  /** The first recipient's message does not render (the pre-flight says why). */
  'render',
  'noRecipients',
  'error',
] as const
export const SenderCheckReason = z.enum(SENDER_CHECK_REASONS)
export type SenderCheckReason = z.output<typeof SenderCheckReason>

/** ok: checked and fine; warning: worth fixing, never blocking; unknown: could not look. */
export const SenderCheckSeverity = z.enum(['ok', 'warning', 'unknown'])
export type SenderCheckSeverity = z.output<typeof SenderCheckSeverity>

export const SenderFinding = z.object({
  code: SenderCheckCode,
  severity: SenderCheckSeverity,
  /** The names the words need: account, domain, host, selector, reason, counts, examples… */
  params: Params,
})
export type SenderFinding = z.output<typeof SenderFinding>

export const SenderCheck = z.object({
  findings: z.array(SenderFinding),
  checkedAt: z.number().int(),
})
export type SenderCheck = z.output<typeof SenderCheck>
