/**
 * The answers a `reply-…@` or `autoreply-…@` recipient sends back: a person's short reply that
 * quotes the original (mailbox/fixtures/reply-en.eml, reply-ru.eml), and an out-of-office notice
 * (out-of-office-en.eml, out-of-office-ru.eml). In Russian when the original's subject is.
 */
import MailComposer from 'nodemailer/lib/mail-composer'
import type { CapturedMessage } from './capturedMessage'

const CYRILLIC = /\p{Script=Cyrillic}/u
const QUOTED_LINES = 12
const AWAY_DAYS = 14

type Language = 'en' | 'ru'

const WORDS = {
  en: {
    reply: [
      'Hi,',
      '',
      'Thanks for your email, it came at the right time. Could we talk it over',
      'next week?',
      '',
      'Best regards',
    ],
    wrote: (date: string, from: string) => `On ${date}, ${from} wrote:`,
    replyPrefix: 'Re: ',
    autoPrefix: 'Automatic reply: ',
    away: (until: string) => [
      `I am out of the office until ${until} with limited access to email.`,
      'I will answer your message when I am back.',
    ],
    locale: 'en-GB',
  },
  ru: {
    reply: [
      'Здравствуйте!',
      '',
      'Спасибо за письмо, очень кстати. Давайте обсудим на следующей неделе?',
      '',
      'С уважением',
    ],
    wrote: (date: string, from: string) => `${date}, ${from} пишет:`,
    replyPrefix: 'Re: ',
    autoPrefix: 'Автоответ: ',
    away: (until: string) => [
      `Я в отпуске до ${until} и почту читаю редко.`,
      'Отвечу на ваше письмо, когда вернусь.',
    ],
    locale: 'ru-RU',
  },
} as const

function languageOf(original: CapturedMessage): Language {
  return CYRILLIC.test(original.subject) ? 'ru' : 'en'
}

/** Where an answer goes: Reply-To, else From, else the envelope sender. */
function answerTo(original: CapturedMessage): string {
  return original.replyTo ?? original.from?.address ?? original.envelopeFrom
}

/** The recipient as the original named them, else a name made from the address's local part. */
function sender(original: CapturedMessage, recipient: string): { name: string; address: string } {
  const named = original.recipientNames.get(recipient.toLowerCase())
  const made = recipient
    .split('@')[0]!
    .replace(/^(?:auto)?reply-/i, '')
    .split(/[._-]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ')
  return { name: named ?? made, address: recipient }
}

/** In-Reply-To and References (the original's chain, then the original) as MailComposer takes them. */
function threading(original: CapturedMessage): { inReplyTo?: string; references?: string[] } {
  if (!original.messageId) return {}
  const id = `<${original.messageId}>`
  return { inReplyTo: id, references: [...original.references.map((r) => `<${r}>`), id] }
}

function prefixed(prefix: string, subject: string): string {
  return subject.toLowerCase().startsWith(prefix.toLowerCase()) ? subject : prefix + subject
}

function quote(original: CapturedMessage, language: Language): string[] {
  const words = WORDS[language]
  const date = (original.date ?? new Date()).toLocaleString(words.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  })
  const from = original.from
    ? `${original.from.name ? `${original.from.name} ` : ''}<${original.from.address}>`
    : original.envelopeFrom
  const lines = original.text.trimEnd().split(/\r?\n/).slice(0, QUOTED_LINES)
  return [words.wrote(date, from), ...lines.map((l) => (l === '' ? '>' : `> ${l}`))]
}

function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> {
  return new MailComposer({
    ...options,
    disableFileAccess: true,
    disableUrlAccess: true,
    newline: 'win',
  })
    .compile()
    .build()
}

export function buildReply(
  original: CapturedMessage,
  recipient: string,
  now: Date,
): Promise<Buffer> {
  const language = languageOf(original)
  const words = WORDS[language]
  const from = sender(original, recipient)
  const text = [...words.reply, from.name, '', ...quote(original, language), ''].join('\r\n')
  return compose({
    from,
    to: answerTo(original),
    subject: prefixed(words.replyPrefix, original.subject),
    date: now,
    ...threading(original),
    headers: { 'Return-Path': `<${recipient}>` },
    text,
  })
}

export function buildAutoReply(
  original: CapturedMessage,
  recipient: string,
  now: Date,
): Promise<Buffer> {
  const language = languageOf(original)
  const words = WORDS[language]
  const from = sender(original, recipient)
  const until = new Date(now.getTime() + AWAY_DAYS * 86_400_000).toLocaleDateString(words.locale, {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  })
  return compose({
    from,
    to: answerTo(original),
    subject: prefixed(words.autoPrefix, original.subject),
    date: now,
    ...threading(original),
    // RFC 3834: an automatic answer says so, and Exchange's header asks for no answer back.
    headers: {
      'Return-Path': '<>',
      'Auto-Submitted': 'auto-replied',
      'X-Auto-Response-Suppress': 'All',
    },
    text: [...words.away(until), '', from.name, ''].join('\r\n'),
  })
}
