/**
 * An SMTP reply in plain words, as a key of `campaigns.reply`: the enhanced status code
 * (RFC 3463) says most, the basic code the rest; no code means no reply at all.
 */
import { APP_STOPPED_NOTE } from '@shared/deliveryNotes'

export type ReplyKind =
  | 'accepted'
  | 'mailboxMissing'
  | 'badAddress'
  | 'mailboxFull'
  | 'policy'
  | 'contentRefused'
  | 'quota'
  | 'busy'
  | 'temporary'
  | 'login'
  | 'noReply'
  | 'appStopped'
  | 'permanent'

export function explainReply(
  code: number | null,
  enhanced: string | null,
  response: string | null = null,
): ReplyKind {
  if (code === null) return response === APP_STOPPED_NOTE ? 'appStopped' : 'noReply'
  if (code >= 200 && code < 300) return 'accepted'
  const e = enhanced ?? ''
  if (e === '5.1.1' || e === '5.1.10' || (code === 550 && /^5\.1\./.test(e)))
    return 'mailboxMissing'
  if (/^5\.1\./.test(e) || code === 553) return 'badAddress'
  if (e === '5.2.2' || e === '4.2.2') return 'mailboxFull'
  if (e === '5.4.5') return 'quota'
  if (code === 535 || code === 530) return 'login'
  if (/^5\.7\./.test(e)) return 'policy'
  if (code === 554 || code === 552 || /^5\.6\./.test(e)) return 'contentRefused'
  // 4.4.5 is mail system congestion: the engine slows down for it, as for 421.
  if (code === 421 || /^4\.7\./.test(e) || e === '4.4.5') return 'busy'
  if (code >= 400 && code < 500) return 'temporary'
  return 'permanent'
}

/** The last reply to show as it came: a server's words, not the engine's own note. */
export function serverWords(response: string | null): string | null {
  return response === APP_STOPPED_NOTE ? null : response
}
