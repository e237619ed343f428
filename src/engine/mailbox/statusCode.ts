/**
 * Enhanced status codes (RFC 3463, "5.1.1") and what they say about a failed delivery: 5.x.x is
 * permanent (hard), 4.x.x is temporary (soft).
 */

export type BounceSeverity = 'hard' | 'soft'

/**
 * A class 4 or 5 code not inside a longer dotted number (an IP address, a version) — "#5.1.1"
 * (qmail) and "5.1.10" (Exchange) included.
 */
const ENHANCED_CODE = /(?<![\d.])([45])\.(\d{1,3})\.(\d{1,3})(?!\.?\d)/

/** The first enhanced status code in a text, or null. */
export function findStatusCode(text: string): string | null {
  const m = ENHANCED_CODE.exec(text)
  return m ? `${m[1]}.${m[2]}.${m[3]}` : null
}

/** A basic SMTP reply code (550, 452) at the start of a reply line or after "said:". */
export function findSmtpCode(text: string): string | null {
  const m = /(?:^|said:|error:|\n)\s*([45][0-5]\d)[ -]/i.exec(text)
  return m ? m[1]! : null
}

/** Wording of a permanent failure, for a bounce that gives no code at all. */
const HARD_WORDS =
  /user unknown|unknown user|no such (?:user|mailbox|recipient)|does not exist|doesn't exist|address rejected|mailbox unavailable|recipient not found|couldn't find any host|host not found|не существует|не найден|нет такого/i

/** Temporary-failure wording: these win over the hard ones ("mailbox full" is never permanent). */
const SOFT_WORDS =
  /mailbox (?:is )?full|over ?quota|quota exceeded|insufficient (?:system )?storage|greylist|graylist|try again later|temporar|переполнен|превышен[а-я]* (?:квот|лимит|размер)|временн/i

/**
 * Hard or soft, from the best evidence there is: the enhanced status code, the DSN's Action, a
 * basic SMTP code, then the wording. A notice with none of these is soft, so one unreadable
 * notice never puts an address on the do-not-send list by itself.
 */
export function severityOf(p: {
  status: string | null
  action?: string | null
  smtpCode?: string | null
  text?: string
}): BounceSeverity {
  if (p.status?.startsWith('5')) return 'hard'
  if (p.status?.startsWith('4')) return 'soft'
  const action = p.action?.toLowerCase()
  if (action === 'delayed') return 'soft'
  if (action === 'failed') return 'hard'
  if (p.smtpCode?.startsWith('5')) return 'hard'
  if (p.smtpCode?.startsWith('4')) return 'soft'
  if (p.text && SOFT_WORDS.test(p.text)) return 'soft'
  if (p.text && HARD_WORDS.test(p.text)) return 'hard'
  return 'soft'
}
