/** accounts.testConnection: each way a connection can fail gets its own reason. */
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { rawPeer } from '@test/support/rawPeer'
import { startSmtpSink } from '@test/support/smtpSink'
import { classifyConnectionFailure, failedStep, testSmtpConnection } from './connectionTest'
import type { SmtpEndpoint } from './session'

const cleanup = useCleanups()

const local = (port: number, more: Partial<SmtpEndpoint> = {}): SmtpEndpoint => ({
  host: '127.0.0.1',
  port,
  security: 'none',
  username: null,
  password: null,
  ...more,
})

async function sink(auth?: { user: string; pass: string }) {
  const s = await startSmtpSink(auth ? { auth } : {})
  cleanup(() => s.close())
  return s.port
}

describe('testSmtpConnection', () => {
  it('ok: greets, logs in and quits', async () => {
    const port = await sink({ user: 'ann', pass: 'right' })
    const result = await testSmtpConnection(local(port, { username: 'ann', password: 'right' }))
    expect(result).toMatchObject({ ok: true, reason: null })
    expect(result.response).toMatch(/^235/)
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0)
  })

  it('auth: the server refuses the password (535)', async () => {
    const port = await sink({ user: 'ann', pass: 'right' })
    const result = await testSmtpConnection(local(port, { username: 'ann', password: 'wrong' }))
    expect(result).toMatchObject({ ok: false, reason: 'auth', step: 'login', code: 535 })
    expect(result.response).toContain('5.7.8')
  })

  it('config: a user name without a password', async () => {
    const port = await sink({ user: 'ann', pass: 'right' })
    // The engine's own words: nothing technical for the window to show.
    expect(await testSmtpConnection(local(port, { username: 'ann' }))).toMatchObject({
      ok: false,
      reason: 'config',
      step: 'login',
      params: {},
    })
  })

  it('refused: nothing listens on the port', async () => {
    const port = await closedPort()
    const result = await testSmtpConnection(local(port))
    expect(result).toMatchObject({ ok: false, reason: 'refused', step: 'connect' })
    expect(result.params.detail).toContain('ECONNREFUSED')
  })

  it('dns: a name that does not exist fails fast', async () => {
    const result = await testSmtpConnection(local(25, { host: 'no-such-host.invalid' }), 5000)
    expect(result).toMatchObject({ ok: false, reason: 'dns', step: 'dns' })
    expect(result.params.detail).toContain('no-such-host.invalid')
    expect(result.elapsedMs).toBeLessThan(5000)
  })

  it('tls: STARTTLS required but the server does not offer it', async () => {
    const port = await sink()
    const result = await testSmtpConnection(local(port, { security: 'starttls' }))
    expect(result).toMatchObject({ ok: false, reason: 'tls', step: 'tls' })
  })

  it('tls: TLS spoken to a plain server', async () => {
    const port = await sink()
    expect(await testSmtpConnection(local(port, { security: 'tls' }))).toMatchObject({
      ok: false,
      reason: 'tls',
    })
  })

  it('tls: a certificate the client cannot trust', async () => {
    // smtp-server's built-in certificate is self-signed (and expired).
    const server = new SMTPServer({ authOptional: true, logger: false })
    server.on('error', () => {})
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    cleanup(() => new Promise<void>((resolve) => server.close(() => resolve())))
    const port = (server.server.address() as AddressInfo).port
    const result = await testSmtpConnection(local(port, { security: 'starttls' }))
    expect(result).toMatchObject({ ok: false, reason: 'tls' })
    expect(result.message).toMatch(/certificate/i)
  })

  it('timeout: a server that never greets, bounded by the timeout', async () => {
    const port = await rawPeer(cleanup, () => {})
    const result = await testSmtpConnection(local(port), 300)
    // A silent peer: connected, but no greeting came. Our time-out is ours to word.
    expect(result).toMatchObject({ ok: false, reason: 'timeout', step: 'greeting' })
    expect(result.params).toEqual({ seconds: 0 })
    expect(result.elapsedMs).toBeLessThan(3000)
  })

  it('greeting: the server turns the session away (421)', async () => {
    const port = await rawPeer(cleanup, (socket) => socket.end('421 4.3.2 Too busy, try later\r\n'))
    const result = await testSmtpConnection(local(port))
    expect(result).toMatchObject({ ok: false, reason: 'greeting', step: 'greeting', code: 421 })
    expect(result.response).toContain('Too busy')
  })

  it('network: the connection is reset', async () => {
    const port = await rawPeer(cleanup, (socket) => socket.resetAndDestroy())
    expect(await testSmtpConnection(local(port))).toMatchObject({ ok: false, reason: 'network' })
  })
})

describe('failedStep', () => {
  it('places a time-out or a broken connection by the command and how far the test got', () => {
    const timeout = err('ETIMEDOUT')
    expect(failedStep('timeout', timeout, 'connect')).toBe('connect')
    expect(failedStep('timeout', timeout, 'greeting')).toBe('greeting')
    expect(failedStep('timeout', timeout, 'login')).toBe('login')
    expect(failedStep('network', { ...err('ESOCKET'), command: 'STARTTLS' }, 'connect')).toBe('tls')
    expect(failedStep('network', { ...err('ESOCKET'), command: 'EHLO' }, 'connect')).toBe(
      'greeting',
    )
    expect(failedStep('timeout', new Error('Greeting never received'), 'connect')).toBe('greeting')
  })
})

describe('classifyConnectionFailure', () => {
  it('reads the system code under nodemailer’s', () => {
    expect(classifyConnectionFailure({ ...err('EDNS'), originalCode: 'EAI_AGAIN' })).toBe('dns')
    expect(classifyConnectionFailure({ ...err('ESOCKET'), originalCode: 'ECONNREFUSED' })).toBe(
      'refused',
    )
    expect(
      classifyConnectionFailure({ ...err('ESOCKET'), originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
    ).toBe('tls')
    expect(classifyConnectionFailure({ ...err('EAUTH'), responseCode: 534 })).toBe('auth')
    expect(classifyConnectionFailure({ ...err('EAUTH'), responseCode: 538 })).toBe('tls')
    expect(
      classifyConnectionFailure({ ...err('EPROTOCOL'), responseCode: 554, command: 'CONN' }),
    ).toBe('greeting')
    expect(classifyConnectionFailure({ ...err('ESOCKET'), originalCode: 'EPIPE' })).toBe('network')
  })
})

function err(code: string) {
  return Object.assign(new Error(code), { code })
}

/** A port that was just free: listen, note it, close. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
