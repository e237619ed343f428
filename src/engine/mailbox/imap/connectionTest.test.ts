/** The mailbox's "Test connection": each way it can fail names its reason and its step. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { freePort, startDovecot, type Dovecot } from '@test/support/dovecot'
import { rawPeer } from '@test/support/rawPeer'
import { testImapConnection } from './connectionTest'
import type { ImapSettings } from './imapSource'

const cleanup = useCleanups()
let dovecot: Dovecot

beforeAll(async () => {
  dovecot = await startDovecot()
}, 30_000)
afterAll(() => dovecot?.stop())

function settings(more: Partial<ImapSettings> = {}): Omit<ImapSettings, 'timeoutMs'> {
  return {
    host: dovecot.host,
    port: dovecot.port,
    security: 'none',
    username: 'tester',
    password: dovecot.password,
    ...more,
  }
}

describe('testImapConnection', () => {
  it('ok: connects, logs in and lists the folders', async () => {
    dovecot.deliver('tester', 'Sent', 'Subject: sent\r\n\r\nHi\r\n')
    const result = await testImapConnection(settings(), 5000)
    expect(result).toMatchObject({ ok: true, reason: null, step: null, params: {} })
    expect(result.folders).toEqual(expect.arrayContaining(['INBOX', 'Sent']))
    expect(result.sentFolder).toBe('Sent')
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0)
  })

  it('auth: the server refuses the password, at the login step, in its own words', async () => {
    const result = await testImapConnection(settings({ password: 'wrong' }), 5000)
    expect(result).toMatchObject({ ok: false, reason: 'auth', step: 'login', folders: [] })
    expect(result.params.detail).toMatch(/Authentication failed/)
  })

  it('refused: nothing listens, at the connect step', async () => {
    const result = await testImapConnection(settings({ port: await freePort() }), 5000)
    expect(result).toMatchObject({ ok: false, reason: 'refused', step: 'connect' })
  })

  it('dns: the name does not resolve', async () => {
    const result = await testImapConnection(settings({ host: 'no-such-host.invalid' }), 5000)
    expect(result).toMatchObject({ ok: false, reason: 'dns', step: 'dns' })
    expect(result.params.detail).toContain('no-such-host.invalid')
  })

  it('tls: TLS asked of a server that speaks plain IMAP', async () => {
    const result = await testImapConnection(settings({ security: 'tls' }), 5000)
    expect(result).toMatchObject({ ok: false, reason: 'tls', step: 'tls' })
  })

  it('tls: STARTTLS required and the server does not offer it', async () => {
    const result = await testImapConnection(settings({ security: 'starttls' }), 5000)
    expect(result).toMatchObject({ ok: false, reason: 'tls', step: 'tls' })
    expect(result.params.detail).toMatch(/STARTTLS/)
  })

  it('greeting: the server turns the session away with BYE', async () => {
    const port = await rawPeer(cleanup, (socket) => {
      socket.end('* BYE Too many connections from your address\r\n')
    })
    const result = await testImapConnection(settings({ port }), 5000)
    expect(result).toMatchObject({ ok: false, reason: 'greeting', step: 'greeting' })
    expect(result.params.detail).toContain('Too many connections')
  })

  it('timeout: a server that never greets, within the one bound', async () => {
    const port = await rawPeer(cleanup, () => {})
    const result = await testImapConnection(settings({ port }), 500)
    expect(result).toMatchObject({ ok: false, reason: 'timeout', step: 'greeting' })
    expect(result.params).toEqual({ seconds: 1 })
    expect(result.elapsedMs).toBeLessThan(3000)
  })
})
