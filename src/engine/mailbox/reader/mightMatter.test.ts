import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyMessage } from '../classifyMessage'
import { decodeWords } from './headerBlock'
import { mightMatter } from './mightMatter'

const head = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n\r\n`)
const plain = [
  'From: Friend <friend@example.org>',
  'To: sender@example.test',
  'Subject: Lunch on Friday?',
  'Return-Path: <friend@example.org>',
  'Content-Type: text/plain; charset=utf-8',
]
const withHeader = (line: string) =>
  head([...plain.filter((l) => !l.startsWith(line.split(':')[0]!)), line])

describe('mightMatter', () => {
  it('passes over plain mail', () => {
    expect(mightMatter(head(plain))).toBe(false)
    expect(mightMatter(withHeader('Precedence: bulk'))).toBe(false)
    expect(mightMatter(withHeader('Auto-Submitted: no'))).toBe(false)
  })

  it.each([
    'Content-Type: multipart/report; report-type=delivery-status; boundary="x"',
    'From: MAILER-DAEMON@mx.example.net',
    'From: postmaster@example.org',
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    'Return-Path: <>',
    'X-Failed-Recipients: ghost@example.org',
    'In-Reply-To: <abc.1@shop.example.com>',
    'References: <abc.1@shop.example.com>',
    'Auto-Submitted: auto-replied',
    'X-Autoreply: yes',
    'Precedence: auto_reply',
    'Subject: unsubscribe-abc123def',
    'Subject: Please UNSUBSCRIBE me',
    'Subject: Отписаться',
    'Subject: Undelivered Mail Returned to Sender',
    'Subject: Delivery Status Notification (Failure)',
    'Subject: failure notice',
    'Subject: Returned mail: see transcript for details',
    'Subject: Недоставленное сообщение',
    'Subject: Сообщение не доставлено',
    'Subject: Automatic reply: Hello',
    'Subject: =?UTF-8?B?0J3QtdC00L7RgdGC0LDQstC70LXQvdC90L7QtSDRgdC+0L7QsdGJ0LXQvdC40LU=?=',
    'Subject: =?KOI8-R?B?7cXTz8/C3cXOycUgzsUgxM/T1MHXzMXOzw==?=',
  ])('looks closer at %s', (line) => {
    expect(mightMatter(withHeader(line))).toBe(true)
  })

  it('reads folded headers', () => {
    expect(
      mightMatter(head([...plain, 'X-Other: 1', 'In-Reply-To:', ' <abc.1@shop.example.com>'])),
    ).toBe(true)
  })

  it('decodes encoded words, Q and B, across folds', () => {
    expect(decodeWords('=?utf-8?Q?Out_of_office?= =?utf-8?B?0L7RgtC/0YPRgdC6?=')).toBe(
      'Out of officeотпуск',
    )
    expect(decodeWords('=?x-unknown?B?AAAA?=')).toBe('=?x-unknown?B?AAAA?=')
  })

  // The pre-filter must never hide what the classifier would recognise.
  const fixtures = join(__dirname, '..', 'fixtures')
  it.each(readdirSync(fixtures))('agrees with the classifier on %s', async (name) => {
    const raw = readFileSync(join(fixtures, name))
    const kind = (await classifyMessage(raw, { isOurMessageId: () => true })).kind
    if (kind !== 'unrelated') expect(mightMatter(raw)).toBe(true)
    // A reply in a thread of one's own is fetched to see whose thread it is; a newsletter is not.
    if (name === 'newsletter-unrelated.eml') expect(mightMatter(raw)).toBe(false)
  })
})
