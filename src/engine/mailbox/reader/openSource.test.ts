import { describe, expect, it } from 'vitest'
import type { AccountRow } from '@engine/db/accounts'
import type { MailboxRow } from '@engine/db/mailboxes'
import type { SecretStore } from '@engine/secrets/secretStore'
import { MailboxError } from '../source'
import { mailboxLogin } from './openSource'

const secrets: SecretStore = {
  seal: (plain) => `sealed:${plain}`,
  open: (sealed) => {
    if (!sealed.startsWith('sealed:')) throw new Error('wrong key')
    return sealed.slice('sealed:'.length)
  },
}
const account = { username: 'smtp-user', secret: 'sealed:smtp-pass' } as AccountRow
const mailbox = (m: Partial<MailboxRow>) =>
  ({
    host: 'imap.example',
    port: 993,
    security: 'tls',
    username: null,
    secret: null,
    ...m,
  }) as MailboxRow

describe('mailboxLogin', () => {
  it('stands in the SMTP login and password for empty ones', () => {
    expect(mailboxLogin(mailbox({}), account, secrets)).toEqual({
      host: 'imap.example',
      port: 993,
      security: 'tls',
      username: 'smtp-user',
      password: 'smtp-pass',
    })
  })

  it('uses the mailbox’s own login and password when it has them', () => {
    const own = mailboxLogin(
      mailbox({ username: 'imap-user', secret: 'sealed:imap-pass' }),
      account,
      secrets,
    )
    expect(own).toMatchObject({ username: 'imap-user', password: 'imap-pass' })
  })

  it('fails as `secret` when the stored password cannot be opened', () => {
    const open = () => mailboxLogin(mailbox({ secret: 'garbled' }), account, secrets)
    expect(open).toThrow(MailboxError)
    expect(open).toThrow(expect.objectContaining({ reason: 'secret', needsUser: true }))
  })
})
