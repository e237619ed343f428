/** Every fixture under fixtures/ classified as a mailbox reader would meet it. */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyMessage } from './classifyMessage'
import type { KnownMessages, MessageClass } from './classification'

const FIXTURES = join(__dirname, 'fixtures')
const fixture = (name: string) => readFileSync(join(FIXTURES, name))

/** Outbox's own Message-IDs in the fixtures: c1f2a3b4.00NN.outbox@shop.example.com. */
const known: KnownMessages = {
  isOurMessageId: (id) => /^c1f2a3b4\.\d{4}\.outbox@shop\.example\.com$/.test(id),
}
const ours = (n: number) => `c1f2a3b4.${String(n).padStart(4, '0')}.outbox@shop.example.com`

const expected: Record<string, Partial<MessageClass> & Record<string, unknown>> = {
  'postfix-hard-multipart-report.eml': {
    kind: 'bounce',
    severity: 'hard',
    standard: true,
    recipient: 'ghost.user@example.org',
    action: 'failed',
    status: '5.1.1',
    diagnosticCode:
      '550 5.1.1 <ghost.user@example.org>: Recipient address rejected: User unknown in virtual mailbox table',
    reportingMta: 'mx1.example.net',
    originalMessageId: ours(1),
    originalIsOurs: true,
  },
  'exim-hard-plain.eml': {
    kind: 'bounce',
    severity: 'hard',
    standard: false,
    recipient: 'nobody.here@example.net',
    status: '5.1.1',
    originalMessageId: ours(2),
    originalIsOurs: true,
  },
  'qmail-hard-plain.eml': {
    kind: 'bounce',
    severity: 'hard',
    standard: false,
    recipient: 'left.long.ago@example.org',
    status: '5.1.1',
    originalMessageId: ours(9),
    originalIsOurs: true,
  },
  'exchange-hard-report.eml': {
    kind: 'bounce',
    severity: 'hard',
    standard: true,
    recipient: 'j.former@corp.example.com',
    status: '5.1.10',
    diagnosticCode:
      '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
    reportingMta: 'EX01.corp.example.com',
    originalMessageId: ours(3),
    originalIsOurs: true,
  },
  'gmail-hard-report.eml': {
    kind: 'bounce',
    severity: 'hard',
    standard: true,
    recipient: 'no.such.person@example.com',
    status: '5.1.1',
    reportingMta: 'mx.mail.example.com',
    originalMessageId: ours(4),
    originalIsOurs: true,
  },
  'ru-hard-plain-8bit.eml': {
    kind: 'bounce',
    severity: 'hard',
    standard: false,
    recipient: 'ivan.petrov@example.org',
    status: '5.1.1',
    originalMessageId: ours(5),
    originalIsOurs: true,
  },
  'ru-hard-plain-base64-koi8r.eml': {
    kind: 'bounce',
    severity: 'hard',
    standard: false,
    recipient: 'olga.smirnova@example.org',
    status: '5.2.1',
    originalMessageId: ours(6),
    originalIsOurs: true,
  },
  'soft-mailbox-full-422.eml': {
    kind: 'bounce',
    severity: 'soft',
    standard: true,
    recipient: 'full.box@example.org',
    action: 'failed',
    status: '4.2.2',
    originalMessageId: ours(7),
    originalIsOurs: true,
  },
  'greylisting-delayed.eml': {
    kind: 'bounce',
    severity: 'soft',
    standard: true,
    recipient: 'slow.greylist@example.org',
    action: 'delayed',
    status: '4.7.1',
    originalMessageId: ours(8),
    originalIsOurs: true,
  },
  'out-of-office-en.eml': {
    kind: 'auto-reply',
    from: 'anna.lee@example.com',
    inReplyTo: ours(10),
  },
  'out-of-office-ru.eml': { kind: 'auto-reply', from: 'sergey@example.org', inReplyTo: ours(11) },
  'reply-en.eml': {
    kind: 'reply',
    from: 'mark.jones@example.com',
    inReplyTo: ours(12),
    preview: 'Hi,\nDoes the sale include the blue kettle? I would like two of them.\nThanks,',
  },
  'reply-ru.eml': {
    kind: 'reply',
    from: 'elena@example.org',
    subject: 'Re: Весенняя распродажа',
    inReplyTo: ours(13),
    preview: 'Добрый день!\nА доставка в Казань будет в эти же сроки?',
  },
  'reply-otpisatsya-ru.eml': {
    kind: 'unsubscribe',
    via: 'reply',
    token: null,
    from: 'pavel@example.net',
    inReplyTo: ours(14),
  },
  'unsubscribe-mailto-token.eml': {
    kind: 'unsubscribe',
    via: 'token',
    token: 'Xk3vQ9mZt2Lp8Rw1',
    from: 'kate@example.com',
  },
  'unsubscribe-mailto-bare.eml': { kind: 'unsubscribe', via: 'subject', from: 'tom@example.com' },
  'newsletter-unrelated.eml': { kind: 'unrelated' },
  'personal-unrelated.eml': { kind: 'unrelated' },
}

describe('classifyMessage on the fixtures', () => {
  it('has an expectation for every fixture', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(Object.keys(expected).sort())
  })

  for (const [name, want] of Object.entries(expected)) {
    it(name, async () => {
      expect(await classifyMessage(fixture(name), known)).toMatchObject(want)
    })
  }

  it('reads every recipient block of a report', async () => {
    const got = await classifyMessage(fixture('postfix-hard-multipart-report.eml'), known)
    expect(got.kind === 'bounce' && got.recipients).toEqual([
      {
        action: 'failed',
        status: '5.1.1',
        diagnosticCode: expect.stringContaining('User unknown') as unknown,
        originalRecipient: 'ghost.user@example.org',
        finalRecipient: 'ghost.user@example.org',
        remoteMta: 'mx.example.org',
      },
    ])
  })

  it('names the original id even when the caller does not know it', async () => {
    const got = await classifyMessage(fixture('exim-hard-plain.eml'), {
      isOurMessageId: () => false,
    })
    expect(got).toMatchObject({ kind: 'bounce', originalMessageId: ours(2), originalIsOurs: false })
  })

  it('a reply to a message the caller does not know is unrelated', async () => {
    const got = await classifyMessage(fixture('reply-en.eml'), { isOurMessageId: () => false })
    expect(got).toEqual({ kind: 'unrelated' })
  })
})
