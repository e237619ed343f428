import { describe, expect, it } from 'vitest'
import { classify, enhancedCode, type SmtpFailure, type Verdict } from './policy'

const at = (
  command: string,
  responseCode: number,
  response: string,
  dotSent = false,
): SmtpFailure => ({
  command,
  responseCode,
  response,
  dotSent,
})
const noReply = (code: string, dotSent: boolean, command = 'CONN'): SmtpFailure => ({
  code,
  command,
  dotSent,
})

// Cases for the rows of docs/architecture.md, "SMTP reply policy".
const table: [string, SmtpFailure, Verdict][] = [
  [
    '421 at greeting throttles the account',
    at('CONN', 421, '421 4.7.0 Try again later'),
    { kind: 'throttle' },
  ],
  [
    '421 at RCPT throttles the account',
    at('RCPT TO', 421, '421 Service not available'),
    { kind: 'throttle' },
  ],
  [
    '4.7.x throttles',
    at('RCPT TO', 450, '450 4.7.1 Client host rejected: too fast'),
    { kind: 'throttle' },
  ],
  [
    '"too many" text throttles',
    at('MAIL FROM', 451, '451 Too many messages, slow down'),
    { kind: 'throttle' },
  ],
  [
    '4.4.5 at MAIL FROM is congestion: the account slows down',
    at('MAIL FROM', 451, '451 4.4.5 Mail system congestion, try again later'),
    { kind: 'throttle' },
  ],
  [
    '4.4.5 at RCPT is congestion: the account slows down',
    at('RCPT TO', 451, '451 4.4.5 Server busy, try again later'),
    { kind: 'throttle' },
  ],
  [
    '452 4.4.5 is congestion: the account slows down',
    at('RCPT TO', 452, '452 4.4.5 Insufficient system resources'),
    { kind: 'throttle' },
  ],
  [
    '4.4.5 after the body is congestion: the account slows down',
    at('DATA', 451, '451 4.4.5 Mail system congestion', true),
    { kind: 'throttle' },
  ],
  [
    '451 4.3.0 at MAIL FROM is a recipient retry',
    at('MAIL FROM', 451, '451 4.3.0 Temporary local problem, try again later'),
    { kind: 'retry' },
  ],
  [
    '451 at MAIL FROM without an enhanced code is a recipient retry',
    at('MAIL FROM', 451, '451 Requested action aborted: local error in processing'),
    { kind: 'retry' },
  ],
  ['450 is a recipient retry', at('RCPT TO', 450, '450 4.2.1 Mailbox busy'), { kind: 'retry' }],
  ['451 is a recipient retry', at('RCPT TO', 451, '451 4.3.0 Local error'), { kind: 'retry' }],
  ['452 is a recipient retry', at('RCPT TO', 452, '452 4.2.2 Mailbox full'), { kind: 'retry' }],
  ['ECONNECTION before DATA retries', noReply('ECONNECTION', false), { kind: 'retry' }],
  ['ETIMEDOUT before DATA retries', noReply('ETIMEDOUT', false), { kind: 'retry' }],
  ['EDNS retries', noReply('EDNS', false), { kind: 'retry' }],
  ['ECONNECTION after DATA is uncertain', noReply('ECONNECTION', true), { kind: 'uncertain' }],
  ['ETIMEDOUT after DATA is uncertain', noReply('ETIMEDOUT', true), { kind: 'uncertain' }],
  ['ESOCKET after DATA is uncertain', noReply('ESOCKET', true), { kind: 'uncertain' }],
  [
    '535 is an account problem',
    at('AUTH PLAIN', 535, '535 5.7.8 Authentication failed'),
    { kind: 'account' },
  ],
  [
    '530 is an account problem',
    at('MAIL FROM', 530, '530 5.7.0 Authentication required'),
    { kind: 'account' },
  ],
  [
    'EAUTH is an account problem',
    { code: 'EAUTH', command: 'API', dotSent: false },
    { kind: 'account' },
  ],
  ['ETLS is an account problem', noReply('ETLS', false), { kind: 'account' }],
  [
    'ETLS with a reply (STARTTLS refused) is an account problem',
    {
      code: 'ETLS',
      responseCode: 500,
      response: '500 command not recognized',
      command: 'STARTTLS',
      dotSent: false,
    },
    { kind: 'account' },
  ],
  ['ECONFIG is an account problem', noReply('ECONFIG', false), { kind: 'account' }],
  [
    '550 5.1.1 at RCPT fails and suppresses',
    at('RCPT TO', 550, '550 5.1.1 User unknown'),
    { kind: 'failed', suppress: true },
  ],
  [
    '551 5.1.6 at RCPT fails and suppresses',
    at('RCPT TO', 551, '551 5.1.6 Moved'),
    { kind: 'failed', suppress: true },
  ],
  [
    '553 5.1.3 at RCPT fails and suppresses',
    at('RCPT TO', 553, '553 5.1.3 Bad address syntax'),
    { kind: 'failed', suppress: true },
  ],
  [
    '550 5.7.1 at RCPT fails without suppressing',
    at('RCPT TO', 550, '550 5.7.1 Relay denied'),
    { kind: 'failed', suppress: false },
  ],
  [
    '5xx at MAIL FROM refuses the sender',
    at('MAIL FROM', 553, '553 5.7.1 Sender not allowed'),
    { kind: 'sender-refused' },
  ],
  [
    '5.4.5 is a quota',
    at('MAIL FROM', 550, '550 5.4.5 Daily user sending quota exceeded'),
    { kind: 'quota' },
  ],
  [
    'quota text is a quota',
    at('RCPT TO', 452, '452 Sending quota reached for today'),
    { kind: 'quota' },
  ],
  [
    '5.4.5 names a quota without any words for it',
    at('RCPT TO', 550, '550 5.4.5 Try again tomorrow'),
    { kind: 'quota' },
  ],
  [
    '4xx at MAIL FROM with quota words is a quota',
    at('MAIL FROM', 450, '450 Daily sending limit reached, try again tomorrow'),
    { kind: 'quota' },
  ],
  [
    '"limit exceeded" at MAIL FROM is a quota',
    at('MAIL FROM', 451, '451 4.3.2 Message limit exceeded for this account'),
    { kind: 'quota' },
  ],
  [
    '4.4.5 with quota words is a quota',
    at('MAIL FROM', 452, '452 4.4.5 Daily sending quota exceeded'),
    { kind: 'quota' },
  ],
  [
    'a full mailbox over its quota is that recipient’s retry, not the account’s quota',
    at('RCPT TO', 452, '452 4.2.2 Mailbox full: user is over quota'),
    { kind: 'retry' },
  ],
  [
    'a mailbox over its quota for good fails that recipient only',
    at('RCPT TO', 552, '552 5.2.2 The email account that you tried to reach is over quota'),
    { kind: 'failed', suppress: false },
  ],
  [
    'a full mailbox at DATA is not the content’s fault',
    at('DATA', 552, '552 5.2.2 Mailbox full, quota exceeded', true),
    { kind: 'failed', suppress: false },
  ],
  [
    '554 at DATA rejects the content',
    at('DATA', 554, '554 5.7.1 Message rejected as spam', true),
    { kind: 'content-rejected' },
  ],
  [
    '552 at DATA rejects the content',
    at('DATA', 552, '552 5.3.4 Message too big', true),
    { kind: 'content-rejected' },
  ],
  [
    'EENVELOPE before the network fails the row',
    { code: 'EENVELOPE', command: 'API', dotSent: false },
    { kind: 'failed', suppress: false },
  ],
]

describe('classify (the SMTP reply policy)', () => {
  it.each(table)('%s', (_name, failure, verdict) => {
    expect(classify(failure)).toEqual(verdict)
  })
})

describe('enhancedCode', () => {
  it('reads the enhanced status code after the reply code', () => {
    expect(enhancedCode('550 5.1.1 <a@b>: Recipient address rejected')).toBe('5.1.1')
    expect(enhancedCode('421-4.7.0 Try again later')).toBe('4.7.0')
    expect(enhancedCode('250 OK')).toBeNull()
    expect(enhancedCode(undefined)).toBeNull()
  })
})
