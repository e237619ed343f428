import { describe, expect, it } from 'vitest'
import { headerBlock, parseFieldBlocks } from './fieldBlocks'
import { readDeliveryStatus } from './deliveryStatus'
import { findStatusCode, severityOf } from './statusCode'

describe('parseFieldBlocks', () => {
  it('reads blocks separated by blank lines, unfolds continuations, lower-cases names', () => {
    const blocks = parseFieldBlocks(
      'Reporting-MTA: dns; mx.example.net\r\n\r\nFinal-Recipient: rfc822; a@example.org\r\nDiagnostic-Code: smtp; 550 5.1.1 user\r\n    unknown\r\n\r\n\r\n',
    )
    expect(blocks).toHaveLength(2)
    expect(blocks[0]!.get('reporting-mta')).toBe('dns; mx.example.net')
    expect(blocks[1]!.get('diagnostic-code')).toBe('smtp; 550 5.1.1 user unknown')
  })

  it('keeps the first of a repeated field and drops lines that are not fields', () => {
    const [block] = parseFieldBlocks('  stray\nAction: failed\nnonsense\nAction: delayed\n')
    expect(block!.get('action')).toBe('failed')
    expect(block!.size).toBe(1)
  })

  it('gives nothing for empty text', () => {
    expect(parseFieldBlocks('')).toEqual([])
    expect(headerBlock('').size).toBe(0)
  })

  it('headerBlock stops at the first blank line', () => {
    const block = headerBlock(
      'Message-ID: <x@example.com>\nSubject: hi\n\nMessage-ID: <y@example.com>\n',
    )
    expect(block.get('message-id')).toBe('<x@example.com>')
  })
})

describe('readDeliveryStatus', () => {
  it('reads the per-message and per-recipient fields without their types', () => {
    const dsn = readDeliveryStatus(
      [
        'Reporting-MTA: dns; mx1.example.net',
        '',
        'Original-Recipient: rfc822;<a@example.org>',
        'Final-Recipient: RFC822; a@example.org',
        'Action: Failed',
        'Status: 5.1.1 (bad destination mailbox address)',
        'Remote-MTA: dns; mx.example.org',
        'Diagnostic-Code: smtp; 550 5.1.1 no such user',
        '',
        'Final-Recipient: rfc822; b@example.org',
        'Action: delayed',
        'Status: 4.2.2',
      ].join('\n'),
    )
    expect(dsn.reportingMta).toBe('mx1.example.net')
    expect(dsn.recipients).toEqual([
      {
        action: 'failed',
        status: '5.1.1',
        diagnosticCode: '550 5.1.1 no such user',
        originalRecipient: 'a@example.org',
        finalRecipient: 'a@example.org',
        remoteMta: 'mx.example.org',
      },
      {
        action: 'delayed',
        status: '4.2.2',
        diagnosticCode: null,
        originalRecipient: null,
        finalRecipient: 'b@example.org',
        remoteMta: null,
      },
    ])
  })

  it('reads a Status that is not a code as missing', () => {
    expect(readDeliveryStatus('Action: failed\nStatus: bogus\n').recipients[0]!.status).toBeNull()
  })
})

describe('status codes', () => {
  it('finds enhanced codes but not parts of IP addresses or versions', () => {
    expect(findStatusCode('host [192.0.2.25] said: 550 5.1.1 unknown')).toBe('5.1.1')
    expect(findStatusCode('no mailbox here by that name. (#5.1.1)')).toBe('5.1.1')
    expect(findStatusCode('550 5.1.10 RESOLVER.ADR.RecipientNotFound')).toBe('5.1.10')
    expect(findStatusCode('Postfix 3.4.5.1 at 10.4.5.6')).toBeNull()
    expect(findStatusCode('nothing here')).toBeNull()
  })

  it('hard for 5.x.x, soft for 4.x.x, then Action, SMTP code, wording; soft when unknown', () => {
    expect(severityOf({ status: '5.1.1' })).toBe('hard')
    expect(severityOf({ status: '4.2.2', action: 'failed' })).toBe('soft')
    expect(severityOf({ status: null, action: 'delayed' })).toBe('soft')
    expect(severityOf({ status: null, action: 'failed' })).toBe('hard')
    expect(severityOf({ status: null, smtpCode: '550' })).toBe('hard')
    expect(severityOf({ status: null, text: 'Mailbox full' })).toBe('soft')
    expect(severityOf({ status: null, text: 'Адрес не существует' })).toBe('hard')
    expect(severityOf({ status: null, text: '' })).toBe('soft')
  })
})
