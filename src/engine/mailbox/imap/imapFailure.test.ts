/** imapflow's errors in the port's words, for the codes a local Dovecot cannot produce. */
import { describe, expect, it } from 'vitest'
import { failureReason, failureStep, toMailboxError, type SessionProgress } from './imapFailure'

const before: SessionProgress = { connected: false, greeted: false, loggedIn: false }
const greeted: SessionProgress = { connected: true, greeted: true, loggedIn: false }
const open: SessionProgress = { connected: true, greeted: true, loggedIn: true }
const error = (code: string, more: object = {}) =>
  Object.assign(new Error(`failed: ${code}`), { code, ...more })

describe('imapFailure', () => {
  it.each([
    ['EAI_AGAIN', before, 'dns', 'dns'],
    ['CONNECT_TIMEOUT', before, 'timeout', 'connect'],
    ['GREETING_TIMEOUT', { ...before, connected: true }, 'timeout', 'greeting'],
    ['UPGRADE_TIMEOUT', greeted, 'timeout', 'tls'],
    ['CERT_HAS_EXPIRED', { ...before, connected: true }, 'tls', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', before, 'tls', 'tls'],
    ['ClosedAfterConnectTLS', { ...before, connected: true }, 'greeting', 'greeting'],
    ['ECONNRESET', greeted, 'network', 'login'],
  ] as const)('while connecting, %s is %s at %s', (code, progress, reason, step) => {
    const e = error(code)
    expect(failureReason(e, progress, 'setup')).toBe(reason)
    expect(failureStep(reason, e, progress)).toBe(step)
  })

  it('a connection gone mid-session is closed; a socket timeout is a timeout', () => {
    expect(failureReason(error('NoConnection'), open, 'session')).toBe('closed')
    expect(failureReason(error('ETIMEOUT'), open, 'session')).toBe('timeout')
    expect(failureStep('closed', error('NoConnection'), open)).toBeNull()
  })

  it('a refusal of a folder command is the folder, in the server words', () => {
    const refused = Object.assign(new Error('Command failed'), {
      responseStatus: 'NO',
      responseText: 'Permission denied',
    })
    const failure = toMailboxError(refused, open, 'session', 'Could not open Archive', 'folder')
    expect(failure).toMatchObject({ reason: 'folder', step: 'folder', detail: 'Permission denied' })
  })
})
