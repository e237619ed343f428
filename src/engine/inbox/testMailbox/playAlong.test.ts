/** Each made-up answer, built from a message as Outbox sends it and read by the real classifier. */
import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { classifyMessage } from '@engine/mailbox/classifyMessage'
import { readReceivedMessage } from '@engine/mailbox/receivedMessage'
import { buildMime } from '@engine/render/mime'
import { capturedMessage } from './capturedMessage'
import { playAlong } from './playAlong'

const OWN = 'test@outbox.localhost'
const idFor = (n: number) => `0123456789abcdef0123.${n}@outbox.localhost`
const known = { isOurMessageId: (id: string) => /^0123456789abcdef0123\.\d+@/.test(id) }
const NOW = new Date('2026-05-14T10:00:00Z')

async function sent(to: string, subject = 'Spring sale starts today', n = 1) {
  const raw = await buildMime({
    from: { name: 'Outbox test', address: OWN },
    to,
    messageId: `<${idFor(n)}>`,
    date: new Date('2026-05-14T09:59:00Z'),
    rendered: {
      subject,
      html: '<p>Our spring sale starts today.</p>',
      text: 'Our spring sale starts today.\n\nTo unsubscribe, follow the link below.',
      attachments: [],
    },
    headers: { 'List-Unsubscribe': `<mailto:${OWN}?subject=unsubscribe-token1234>` },
  })
  const parsed = await simpleParser(raw, { skipHtmlToText: true, skipTextToHtml: true })
  return capturedMessage(parsed, raw, { from: OWN, to: [to] })
}

async function answersTo(to: string, subject?: string) {
  const original = await sent(to, subject)
  const stored = await playAlong(original, { now: NOW, ownAddress: OWN })
  expect(stored[0]).toEqual({ folder: 'Sent', raw: original.raw })
  return stored.slice(1)
}

async function onlyAnswer(to: string, subject?: string) {
  const answers = await answersTo(to, subject)
  expect(answers).toHaveLength(1)
  expect(answers[0]!.folder).toBe('INBOX')
  return answers[0]!.raw
}

describe('the test mailbox plays along', () => {
  it('bounces bounce-… for good: an RFC 3464 report of 5.1.1 naming our Message-ID', async () => {
    const raw = await onlyAnswer('bounce-ghost@example.test')
    expect(raw.toString()).toContain(
      '<bounce-ghost@example.test>: host said: 550 5.1.1\r\n' +
        '    <bounce-ghost@example.test>: Recipient address rejected: User\r\n' +
        '    unknown (in reply to RCPT TO command)\r\n',
    )
    expect(raw.toString()).toMatch(
      /Content-Type: multipart\/report; report-type=delivery-status;\r\n boundary=/,
    )
    const msg = await readReceivedMessage(raw)
    expect(msg.from).toBe('MAILER-DAEMON@outbox.localhost')
    expect(msg.to).toEqual([OWN])
    expect(msg.returnPath).toBe('')
    expect(await classifyMessage(raw, known)).toMatchObject({
      kind: 'bounce',
      severity: 'hard',
      standard: true,
      recipient: 'bounce-ghost@example.test',
      action: 'failed',
      status: '5.1.1',
      diagnosticCode:
        '550 5.1.1 <bounce-ghost@example.test>: Recipient address rejected: User unknown',
      reportingMta: 'outbox.localhost',
      originalMessageId: idFor(1),
      originalIsOurs: true,
    })
  })

  it('bounces softbounce-… for now: mailbox full, 4.2.2', async () => {
    const raw = await onlyAnswer('softbounce-full@example.test')
    expect(await classifyMessage(raw, known)).toMatchObject({
      kind: 'bounce',
      severity: 'soft',
      standard: true,
      recipient: 'softbounce-full@example.test',
      status: '4.2.2',
      originalMessageId: idFor(1),
      originalIsOurs: true,
    })
  })

  it('answers reply-… with a reply threaded to the original', async () => {
    const raw = await onlyAnswer('reply-anna.lee@example.test')
    const msg = await readReceivedMessage(raw)
    expect(msg.references).toEqual([idFor(1)])
    expect(msg.fromName).toBe('Anna Lee')
    expect(await classifyMessage(raw, known)).toEqual({
      kind: 'reply',
      from: 'reply-anna.lee@example.test',
      subject: 'Re: Spring sale starts today',
      inReplyTo: idFor(1),
      preview: expect.stringContaining('Thanks for your email'),
    })
  })

  it('replies in Russian to a Russian subject', async () => {
    const raw = await onlyAnswer('reply-elena@example.test', 'Весенняя распродажа')
    const result = await classifyMessage(raw, known)
    expect(result).toMatchObject({
      kind: 'reply',
      subject: 'Re: Весенняя распродажа',
      inReplyTo: idFor(1),
      preview: expect.stringContaining('Спасибо за письмо'),
    })
  })

  it('answers autoreply-… with an out-of-office notice', async () => {
    const raw = await onlyAnswer('autoreply-away@example.test')
    const msg = await readReceivedMessage(raw)
    expect(msg.subject).toBe('Automatic reply: Spring sale starts today')
    expect(msg.text).toContain('out of the office until 28 May')
    expect(await classifyMessage(raw, known)).toEqual({
      kind: 'auto-reply',
      from: 'autoreply-away@example.test',
      inReplyTo: idFor(1),
    })
    const ru = await onlyAnswer('autoreply-away@example.test', 'Весенняя распродажа')
    expect((await readReceivedMessage(ru)).text).toContain('в отпуске до 28 мая')
  })

  it('lets other addresses be delivered, and puts mail to the own address in INBOX', async () => {
    expect(await answersTo('someone@example.test')).toEqual([])
    expect(await answersTo('unsubscribe-me@example.test')).toEqual([])
    const own = await sent(OWN, 'unsubscribe-token1234')
    expect(await playAlong(own, { now: NOW, ownAddress: OWN })).toEqual([
      { folder: 'Sent', raw: own.raw },
      { folder: 'INBOX', raw: own.raw },
    ])
  })

  it('answers each recipient of one message, and never bounces a bounce', async () => {
    const original = await sent('bounce-a@example.test')
    const two = await playAlong(
      { ...original, recipients: ['bounce-a@example.test', 'reply-b@example.test'] },
      { now: NOW, ownAddress: OWN },
    )
    expect(two.map((m) => m.folder)).toEqual(['Sent', 'INBOX', 'INBOX'])
    const nullSender = await playAlong(
      { ...original, envelopeFrom: '' },
      { now: NOW, ownAddress: OWN },
    )
    expect(nullSender.map((m) => m.folder)).toEqual(['Sent'])
  })

  it('returns the original headers as they were, in 7 bits', async () => {
    const raw = (await onlyAnswer('bounce-ghost@example.test')).toString()
    const part = raw.slice(raw.indexOf('Content-Type: text/rfc822-headers'))
    expect(part).toMatch(/^Content-Type: text\/rfc822-headers\r\n/)
    expect(part).toContain('Content-Transfer-Encoding: 7bit')
    expect(part).toContain(`Message-ID: <${idFor(1)}>`)
  })
})
