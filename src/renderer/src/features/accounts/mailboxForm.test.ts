import { describe, expect, it } from 'vitest'
import { emptyMailbox, suggestImapHost, suggestImapPort, toMailboxInput } from './mailboxForm'

describe('the mailbox part of the account form', () => {
  it('suggests the IMAP server beside the SMTP one', () => {
    expect(suggestImapHost('smtp.gmail.com')).toBe('imap.gmail.com')
    expect(suggestImapHost(' SMTP.Yandex.ru ')).toBe('imap.yandex.ru')
    expect(suggestImapHost('example.com')).toBe('imap.example.com')
    expect(suggestImapHost('127.0.0.1')).toBe('')
    expect(suggestImapHost('')).toBe('')
  })

  it('follows the security with the usual port, unless the user typed another', () => {
    expect(suggestImapPort(993, 'starttls')).toBe(143)
    expect(suggestImapPort(143, 'tls')).toBe(993)
    expect(suggestImapPort('', 'none')).toBe(143)
    expect(suggestImapPort(10993, 'starttls')).toBe(10993)
  })

  it('sends null when off, and an empty password as the SMTP one or the stored one', () => {
    const on = { ...emptyMailbox(), enabled: true, host: 'imap.shop.test' }
    expect(toMailboxInput(emptyMailbox(), false)).toBeNull()
    expect(toMailboxInput(on, false)).toMatchObject({ password: null, sentFolder: null })
    expect('password' in toMailboxInput(on, true)!).toBe(false)
    expect(toMailboxInput({ ...on, useSmtpPassword: true }, true)).toMatchObject({
      password: null,
    })
    expect(toMailboxInput({ ...on, moveBounces: true, moveTo: ' Bounces ' }, true)).toMatchObject({
      moveBouncesTo: 'Bounces',
    })
  })
})
