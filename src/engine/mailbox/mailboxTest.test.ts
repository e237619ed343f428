/** mailbox.test through the engine: the SMTP login and password stand in for empty ones. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { startDovecot, type Dovecot } from '@test/support/dovecot'
import { closeAfterTest, openEngine } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()
let dovecot: Dovecot

beforeAll(async () => {
  dovecot = await startDovecot()
})
afterAll(() => dovecot.stop())

function accountForm(password: string, mailbox: Record<string, unknown>) {
  return {
    name: 'Shop',
    host: '127.0.0.1',
    port: 2525,
    security: 'none',
    username: 'shop',
    password,
    fromEmail: 'news@shop.example',
    mailbox: { host: '127.0.0.1', port: dovecot.port, security: 'none', ...mailbox },
  }
}

describe('mailbox.test', () => {
  it('logs in with the stored SMTP login and password when the mailbox has none of its own', async () => {
    dovecot.deliver('shop', 'Sent', 'Subject: kept by the server\r\n\r\nHi\r\n')
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    const account = await h.call<{ id: number }>('accounts.create', accountForm('secret', {}))
    const result = await h.call('mailbox.test', {
      accountId: account.id,
      mailbox: { host: '127.0.0.1', port: dovecot.port, security: 'none' },
    })
    expect(result).toMatchObject({ ok: true, sentFolder: 'Sent' })
    expect((result as { folders: string[] }).folders).toContain('INBOX')
  })

  it('prefers the mailbox’s own stored password, and says the login step failed when it is wrong', async () => {
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    const account = await h.call<{ id: number }>(
      'accounts.create',
      accountForm('secret', { username: 'box', password: 'not-the-password' }),
    )
    const stored = await h.call('mailbox.test', {
      accountId: account.id,
      mailbox: { host: '127.0.0.1', port: dovecot.port, security: 'none', username: 'box' },
    })
    expect(stored).toMatchObject({ ok: false, reason: 'auth', step: 'login' })
    // Typed in the form, a password wins over the stored one.
    const typed = await h.call('mailbox.test', {
      accountId: account.id,
      mailbox: {
        host: '127.0.0.1',
        port: dovecot.port,
        security: 'none',
        username: 'box',
        password: 'secret',
      },
    })
    expect(typed).toMatchObject({ ok: true })
  })

  it('tests an unsaved form with the SMTP password typed beside it', async () => {
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    const result = await h.call('mailbox.test', {
      mailbox: { host: '127.0.0.1', port: dovecot.port, security: 'none' },
      smtpUsername: 'newcomer',
      smtpPassword: 'secret',
    })
    expect(result).toMatchObject({ ok: true })
  })
})
