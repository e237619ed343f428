/** Messages for the mailbox reader's tests: bounces that name a Message-ID, and unrelated mail. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const FIXTURES = join(__dirname, '..', '..', 'src', 'engine', 'mailbox', 'fixtures')

/** A Postfix bounce (RFC 3464) of the message `messageId` (with or without <>) sent to `email`. */
export function bounceOf(messageId: string, email = 'ghost.user@example.org'): string {
  return readFileSync(join(FIXTURES, 'postfix-hard-multipart-report.eml'), 'utf8')
    .replaceAll('c1f2a3b4.0001.outbox@shop.example.com', messageId.replace(/^<|>$/g, ''))
    .replaceAll('ghost.user@example.org', email)
}

/** A newsletter: nothing the reader looks at twice. */
export function unrelated(n: number): string {
  return [
    'From: Weekly <news@example.org>',
    'To: sender@example.test',
    `Subject: Weekly digest ${n}`,
    `Message-ID: <digest.${n}@example.org>`,
    'Date: Mon, 02 Mar 2026 10:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'What happened this week.',
    '',
  ].join('\r\n')
}

/** What a mail program keeps in the Sent folder: the message as it went out. */
export function sentCopy(messageId: string): string {
  return [
    'From: Outbox Test <sender@example.test>',
    'To: r0@example.test',
    'Subject: Hello',
    `Message-ID: ${messageId}`,
    '',
    'Hi',
    '',
  ].join('\r\n')
}
