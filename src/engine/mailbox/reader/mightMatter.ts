/**
 * The reader's cheap first look, on the headers alone: could this message be a bounce, an
 * auto-reply, a reply or an unsubscribe request? Only a message that might is downloaded whole
 * and classified; everything else (newsletters, personal mail) is counted and left untouched.
 * Generous on purpose: a false "might" costs one download, a false "no" loses a bounce.
 */
import { headerValue, readHeaderBlock, type HeaderBlock } from './headerBlock'

const MAIL_SYSTEM_FROM =
  /mailer[-_.]?daemon|postmaster|mail[- ]delivery[- ](?:subsystem|system|service)|mdaemon|систем[аы] доставки/i

const AUTO_REPLY_HEADERS = ['x-autoreply', 'x-autorespond', 'x-autoresponder', 'auto-reply']

const SUBJECT_WORDS = new RegExp(
  [
    // Unsubscribe requests (the mailto's unsubscribe-<token> too).
    'unsubscribe',
    'отпис',
    'отпиш',
    // Bounces.
    'undeliver',
    'delivery status notification',
    'delivery (?:failure|failed|has failed|problem|incomplete|delayed)',
    'failure',
    'returned mail',
    'returned to sender',
    'non-?delivery',
    'could not be delivered',
    'недоставлен',
    'не доставлен',
    'не удалось доставить',
    'не может быть доставлен',
    'ошибка доставки',
    'возврат',
    // Auto-replies that carry no header saying so.
    'auto(?:matic)?[ -]?(?:reply|response|answer)',
    'autoreply',
    'out of (?:the )?office',
    'on vacation',
    'автоответ',
    'автоматический ответ',
    'вне офиса',
    'нет на месте',
    'в отпуске',
  ].join('|'),
  'iu',
)

function autoReplied(headers: HeaderBlock): boolean {
  const submitted = headerValue(headers, 'auto-submitted').split(';')[0]!.trim().toLowerCase()
  if (submitted !== '' && submitted !== 'no') return true
  for (const name of AUTO_REPLY_HEADERS) {
    const value = headerValue(headers, name).trim().toLowerCase()
    if (headers.has(name) && value !== 'no' && value !== 'false') return true
  }
  return /(?:^|\s)auto_reply(?:\s|$)/i.test(headerValue(headers, 'precedence'))
}

export function mightMatter(rawHeaders: Buffer): boolean {
  const headers = readHeaderBlock(rawHeaders)
  if (/multipart\/report/i.test(headerValue(headers, 'content-type'))) return true
  if (MAIL_SYSTEM_FROM.test(headerValue(headers, 'from'))) return true
  if ((headers.get('return-path') ?? []).some((v) => /^<\s*>$/.test(v.trim()))) return true
  if (headers.has('x-failed-recipients')) return true
  if (headerValue(headers, 'in-reply-to').trim() !== '') return true
  if (headerValue(headers, 'references').trim() !== '') return true
  if (autoReplied(headers)) return true
  return SUBJECT_WORDS.test(headerValue(headers, 'subject'))
}
