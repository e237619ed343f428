/** Broken input never crashes the classifier: it comes out unrelated, or as far as it can be read. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { classifyMessage } from './classifyMessage'

const known = { isOurMessageId: (id: string) => id.endsWith('.outbox@shop.example.com') }
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', name))

describe('classifyMessage on malformed input', () => {
  it('an empty message is unrelated', async () => {
    expect(await classifyMessage(Buffer.alloc(0), known)).toEqual({ kind: 'unrelated' })
  })

  it('bytes with no header are unrelated', async () => {
    expect(await classifyMessage(Buffer.from([0xff, 0xfe, 0, 1, 2, 3]), known)).toEqual({
      kind: 'unrelated',
    })
    expect(await classifyMessage(Buffer.from('just some words\n'), known)).toEqual({
      kind: 'unrelated',
    })
  })

  it('a report cut off in the middle is still read as far as it goes', async () => {
    const raw = fixture('postfix-hard-multipart-report.eml')
    const cut = raw.subarray(0, raw.indexOf('Action: failed'))
    const got = await classifyMessage(cut, known)
    // The recipient block lost its Action and Status; the notice still says 5.1.1 to a daemon.
    expect(got).toMatchObject({ kind: 'bounce', severity: 'hard' })
  })

  it('every fixture cut at any tenth classifies without throwing', async () => {
    for (const name of ['gmail-hard-report.eml', 'exchange-hard-report.eml', 'reply-ru.eml']) {
      const raw = fixture(name)
      for (let i = 1; i < 10; i++) {
        const got = await classifyMessage(raw.subarray(0, Math.floor((raw.length * i) / 10)), known)
        expect(['bounce', 'reply', 'unrelated', 'auto-reply', 'unsubscribe']).toContain(got.kind)
      }
    }
  })

  it('an unknown charset and broken base64 do not stop a reply from being read', async () => {
    const raw = Buffer.from(
      [
        'From: someone@example.org',
        'To: news@shop.example.com',
        'Subject: Re: hello',
        'In-Reply-To: <c1f2a3b4.0012.outbox@shop.example.com>',
        'Content-Type: text/plain; charset=x-no-such-charset',
        'Content-Transfer-Encoding: base64',
        '',
        '!!!not base64 at all@@@',
        '',
      ].join('\r\n'),
    )
    expect(await classifyMessage(raw, known)).toMatchObject({
      kind: 'reply',
      inReplyTo: 'c1f2a3b4.0012.outbox@shop.example.com',
    })
  })

  it('a delivery-status part with no recipient block falls back to the notice shape', async () => {
    const raw = Buffer.from(
      [
        'From: MAILER-DAEMON@mx.example.net',
        'To: news@shop.example.com',
        'Subject: Undelivered Mail Returned to Sender',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        '<x@example.org>: 552 5.2.2 mailbox full',
        '--b',
        'Content-Type: message/delivery-status',
        '',
        'garbage without fields',
        '--b--',
        '',
      ].join('\r\n'),
    )
    expect(await classifyMessage(raw, known)).toMatchObject({
      kind: 'bounce',
      standard: false,
      status: '5.2.2',
      recipient: 'x@example.org',
    })
  })

  it('a success notice (Action: delivered) is no bounce', async () => {
    const raw = Buffer.from(
      [
        'From: MAILER-DAEMON@mx.example.net',
        'To: news@shop.example.com',
        'Subject: Successful Mail Delivery Report',
        'Content-Type: multipart/report; report-type=delivery-status; boundary="b"',
        '',
        '--b',
        'Content-Type: message/delivery-status',
        '',
        'Reporting-MTA: dns; mx.example.net',
        '',
        'Final-Recipient: rfc822; x@example.org',
        'Action: delivered',
        'Status: 2.0.0',
        '--b--',
        '',
      ].join('\r\n'),
    )
    expect(await classifyMessage(raw, known)).toEqual({ kind: 'unrelated' })
  })
})
