/**
 * Unsubscribe requests that come as mail: the List-Unsubscribe mailto's subject
 * "unsubscribe-<token>", and words asking for it (unsubscribe / отписаться / отпишите) in a
 * reply's subject or first line.
 */

/** Re:, Fwd:, AW:, Ответ: prefixes a mail program puts before a subject. */
const PREFIXES = /^\s*(?:(?:re|fwd?|aw|sv|ответ|отв|пересл)(?:\[\d+\])?\s*:\s*)*/iu

export function bareSubject(subject: string): string {
  return subject.replace(PREFIXES, '').trim()
}

/** The token may hold dots: Outbox's own is its Message-ID's local part (`hex20.recipientId`). */
export function unsubscribeToken(subject: string): string | null {
  const m = /^unsubscribe-([A-Za-z0-9_.-]{4,128})$/i.exec(bareSubject(subject))
  return m ? m[1]! : null
}

const ASKS = /(?<!\p{L})(?:unsubscribe|отпис\p{L}*|отпиш\p{L}*)/iu

/** Whether a line asks to be unsubscribed, in English or Russian. */
export function asksToUnsubscribe(line: string): boolean {
  return ASKS.test(line)
}

/** A subject that is nothing but the request: what a mailto without a token sends. */
export function isBareUnsubscribeSubject(subject: string): boolean {
  return /^(?:unsubscribe(?: me)?|отписаться|отписать(?: меня)?|отпишите(?: меня)?)[.!]*$/iu.test(
    bareSubject(subject),
  )
}

/** "On … wrote:", "… написал:", "… <a@b.c>:" (Gmail in Russian), Outlook's original-message rule. */
const QUOTE_INTRO =
  /^(?:on .+ wrote:|.+ написала?:|.*<[^<>\s]+@[^<>\s]+>:|-+ ?original message ?-+|-+ ?исходное сообщение ?-+)$/iu

/** The reply's own first lines: before the quote and its "On … wrote:" line. */
export function ownLines(text: string, count: number): string[] {
  const lines: string[] = []
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line.startsWith('>')) break
    if (QUOTE_INTRO.test(line)) break
    if (line === '') continue
    lines.push(line)
    if (lines.length === count) break
  }
  return lines
}
