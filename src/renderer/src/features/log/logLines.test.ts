import { describe, expect, it } from 'vitest'
import { smtpReply } from '../../format/smtpReply'
import { logLine, mergeNewest } from './logLines'

const entry = (id: number, extra: object = {}) => ({
  id,
  at: Date.UTC(2026, 10, 28, 9, 30, 0),
  level: 'error' as const,
  kind: 'delivery.failed',
  campaignId: 3,
  campaign: { name: 'Spring', deleted: false },
  email: 'ann@example.com',
  message: 'Failed for good',
  params: {},
  smtpCode: 550,
  smtpResponse: '5.1.1 no such user',
  ...extra,
})

describe('log lines', () => {
  it('copies an entry as one readable line', () => {
    expect(logLine(entry(1), 'Spring')).toBe(
      '2026-11-28T09:30:00.000Z ERROR [Spring] ann@example.com: Failed for good (550 5.1.1 no such user)',
    )
    expect(logLine(entry(2, { email: null, smtpCode: null, smtpResponse: null }), '')).toBe(
      '2026-11-28T09:30:00.000Z ERROR Failed for good',
    )
  })

  it('puts only new entries on top when following', () => {
    const shown = [entry(5), entry(4)]
    expect(mergeNewest(shown, [entry(7), entry(6), entry(5), entry(4)]).map((e) => e.id)).toEqual([
      7, 6, 5, 4,
    ])
    expect(mergeNewest([], [entry(2)]).map((e) => e.id)).toEqual([2])
  })
})

describe('an SMTP reply shown once', () => {
  it('does not repeat a code the server already wrote', () => {
    expect(smtpReply(250, '250 OK: queued')).toBe('250 OK: queued')
    expect(smtpReply(550, '5.1.1 no such user')).toBe('550 5.1.1 no such user')
    expect(smtpReply(null, 'Connection refused')).toBe('Connection refused')
  })
})
