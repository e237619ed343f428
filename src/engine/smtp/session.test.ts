/**
 * The final dot waits for the hand-over: a real SMTP server on 127.0.0.1 sees the envelope and
 * the body at once, and the end of the data only when the engine's claim is durable. A send cut
 * before that dot left nothing behind, and says so.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { SmtpSession } from './session'

const cleanup = useCleanups()

/**
 * A server that counts the body bytes it has seen and the messages whose data ended; with
 * `silent`, it never answers the end of the data.
 */
async function watchingServer({ silent = false } = {}) {
  const seen = { bodyBytes: 0, accepted: 0, aborted: 0 }
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', (chunk: Buffer) => (seen.bodyBytes += chunk.length))
      stream.on('end', () => {
        seen.accepted++
        if (!silent) callback(null, 'Queued')
      })
    },
    onClose: () => void (seen.aborted = seen.bodyBytes > 0 && seen.accepted === 0 ? 1 : 0),
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanup(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const port = (server.server.address() as AddressInfo).port
  const session = new SmtpSession(
    { host: '127.0.0.1', port, security: 'none', username: null, password: null },
    10_000,
  )
  cleanup(() => session.close())
  return { seen, session }
}

const raw = Buffer.from(
  'From: a@example.test\r\nTo: b@example.test\r\nSubject: Hi\r\n\r\n' + 'line\r\n'.repeat(200),
)
/** The server passes the data on but its last bytes, which might yet be the start of a dot. */
const bodyArrived = (seen: { bodyBytes: number }) =>
  expect.poll(() => seen.bodyBytes).toBeGreaterThan(raw.length - 8)

const envelope = { from: 'a@example.test', to: 'b@example.test' }

function deferred() {
  let resolve!: () => void
  let reject!: (error: Error) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('SmtpSession hand-over', () => {
  it('sends the envelope and the body at once, and the final dot only when told', async () => {
    const { seen, session } = await watchingServer()
    const handOver = deferred()
    const sending = session.send(envelope, raw, handOver.promise)
    await bodyArrived(seen)
    expect(seen.accepted).toBe(0) // the server holds all of it, but no end of data yet

    handOver.resolve()
    const result = await sending
    expect(result.ok).toBe(true)
    expect(seen.accepted).toBe(1)
  })

  it('cuts the connection before the dot when the hand-over fails: nothing delivered, nothing in doubt', async () => {
    const { seen, session } = await watchingServer()
    const handOver = deferred()
    const sending = session.send(envelope, raw, handOver.promise)
    await bodyArrived(seen)

    handOver.reject(new Error('EIO: i/o error, fdatasync'))
    const result = await sending
    expect(result).toMatchObject({ ok: false, interrupted: true, failure: { dotSent: false } })
    await expect.poll(() => seen.aborted).toBe(1)
    expect(seen.accepted).toBe(0)
  })

  it('calls a send stopped while it waits for the dot not started (safe to give back)', async () => {
    const { seen, session } = await watchingServer()
    const sending = session.send(envelope, raw, new Promise<void>(() => {}))
    await bodyArrived(seen)

    session.interrupt()
    const result = await sending
    expect(result).toMatchObject({ ok: false, interrupted: true, failure: { dotSent: false } })
    expect(seen.accepted).toBe(0)
  })

  it('still calls a send cut after the dot "may have arrived"', async () => {
    const { seen, session } = await watchingServer({ silent: true })
    const sending = session.send(envelope, raw, Promise.resolve())
    await expect.poll(() => seen.accepted).toBe(1) // the data ended; no answer comes

    session.interrupt()
    const result = await sending
    expect(result).toMatchObject({ ok: false, interrupted: true, failure: { dotSent: true } })
  })
})
