/** The IMAP source against a real Dovecot: each test reads a mailbox user of its own. */
import { ImapFlow } from 'imapflow'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MailboxError, type MailboxSource } from '@engine/mailbox/source'
import { useCleanups } from '@test/support/cleanups'
import { freePort, startDovecot, type Dovecot } from '@test/support/dovecot'
import { startDroppingProxy } from '@test/support/droppingProxy'
import { openImapSource, type ImapSettings } from './imapSource'

const cleanup = useCleanups()
let dovecot: Dovecot
let users = 0

beforeAll(async () => {
  dovecot = await startDovecot()
}, 30_000)
afterAll(() => dovecot?.stop())

/** A mailbox user no other test reads. */
const freshUser = () => `reader${++users}`

function settings(user: string, more: Partial<ImapSettings> = {}): ImapSettings {
  return {
    host: dovecot.host,
    port: dovecot.port,
    security: 'none',
    username: user,
    password: dovecot.password,
    timeoutMs: 5000,
    ...more,
  }
}

async function open(user: string, more: Partial<ImapSettings> = {}): Promise<MailboxSource> {
  const source = await openImapSource(settings(user, more))
  cleanup(() => source.close())
  return source
}

function message(id: string, body = 'Hello there.'): string {
  return [
    'From: Postmaster <postmaster@example.com>',
    'To: sender@example.org',
    `Subject: About ${id}`,
    `Message-ID: <${id}>`,
    'Date: Mon, 02 Mar 2026 10:00:00 +0000',
    '',
    body,
    '',
  ].join('\r\n')
}

function deliver(user: string, ...ids: string[]) {
  for (const id of ids) dovecot.deliver(user, 'INBOX', message(id))
}

/** The flags Dovecot holds for each message of a user's INBOX, read over a connection of our own. */
async function flagsOf(user: string): Promise<Map<number, string[]>> {
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user, pass: dovecot.password },
    logger: false,
  })
  await client.connect()
  try {
    await client.mailboxOpen('INBOX', { readOnly: true })
    const messages = await client.fetchAll('1:*', { uid: true, flags: true }, { uid: true })
    return new Map(messages.map((m) => [m.uid, [...(m.flags ?? [])]]))
  } finally {
    await client.logout()
  }
}

/** The promise, or a failure once `ms` have passed: a bounded wait, never a sleep. */
function within<T>(ms: number, promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not happen within ${ms} ms`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

async function failureOf(promise: Promise<unknown>): Promise<MailboxError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(MailboxError)
  return error as MailboxError
}

describe('openImapSource on Dovecot', () => {
  it('opens INBOX read-only and says where it stands', async () => {
    const user = freshUser()
    deliver(user, 'one@example.com', 'two@example.com')
    const source = await open(user)
    const state = await source.openFolder('INBOX')
    expect(state).toMatchObject({ path: 'INBOX', uidNext: 3, exists: 2 })
    expect(state.uidValidity).toMatch(/^\d+$/)
  })

  it('gives headers after a UID, ascending, at most `limit`, and none when nothing is newer', async () => {
    const user = freshUser()
    const ids = [1, 2, 3, 4, 5].map((n) => `m${n}@example.com`)
    deliver(user, ...ids)
    const source = await open(user)
    await source.openFolder('INBOX')

    const first = await source.fetchHeadersAfter(0, 3)
    expect(first.map((m) => m.uid)).toEqual([1, 2, 3])
    expect(first[0]!.headers.toString()).toContain('Message-ID: <m1@example.com>')
    expect(first[0]!.headers.toString()).not.toContain('Hello there.')
    expect(first[0]!.size).toBe(Buffer.byteLength(message(ids[0]!)))
    expect(first[0]!.receivedAt).toEqual(expect.any(Number))

    const rest = await source.fetchHeadersAfter(3, 10)
    expect(rest.map((m) => m.uid)).toEqual([4, 5])
    // `6:*` alone would answer with message 5.
    expect(await source.fetchHeadersAfter(5, 10)).toEqual([])
    expect(await source.fetchHeadersAfter(40, 10)).toEqual([])
  })

  it('cuts bodies at maxBytes, says so, and leaves out a UID that is gone', async () => {
    const user = freshUser()
    const big = message('big@example.com', 'x'.repeat(10_000))
    const small = message('small@example.com')
    dovecot.deliver(user, 'INBOX', big)
    dovecot.deliver(user, 'INBOX', small)
    const source = await open(user)
    await source.openFolder('INBOX')

    const bodies = await source.fetchBodies([2, 1, 99], 1000)
    expect(bodies.map((b) => b.uid)).toEqual([1, 2])
    expect(bodies[0]!.truncated).toBe(true)
    expect(bodies[0]!.raw).toEqual(Buffer.from(big).subarray(0, 1000))
    expect(bodies[1]!.truncated).toBe(false)
    expect(bodies[1]!.raw.toString()).toBe(small)
  })

  it('never sets \\Seen, even with the folder open for writing', async () => {
    const user = freshUser()
    deliver(user, 'unread@example.com')
    const source = await open(user)
    await source.openFolder('INBOX', true)
    await source.fetchHeadersAfter(0, 10)
    await source.fetchBodies([1], 100_000)
    await source.searchMessageId('unread@example.com')
    expect((await flagsOf(user)).get(1)).not.toContain('\\Seen')
  })

  it('finds a message by its Message-ID, with or without <>, and only that one', async () => {
    const user = freshUser()
    deliver(user, 'xbounce-7@example.com', 'bounce-7@example.com', 'other@example.com')
    const source = await open(user)
    await source.openFolder('INBOX')
    expect(await source.searchMessageId('<bounce-7@example.com>')).toEqual([2])
    expect(await source.searchMessageId('bounce-7@example.com')).toEqual([2])
    expect(await source.searchMessageId('missing@example.com')).toEqual([])
  })

  it('moves to a folder it creates, and the message leaves the source folder', async () => {
    const user = freshUser()
    deliver(user, 'keep@example.com', 'bounced@example.com')
    const source = await open(user)
    await source.openFolder('INBOX') // read-only: the move reopens it for writing
    await source.move([2], 'Bounces')

    expect(await source.openFolder('INBOX')).toMatchObject({ exists: 1 })
    expect((await source.fetchHeadersAfter(0, 10)).map((m) => m.uid)).toEqual([1])
    expect(await source.openFolder('Bounces')).toMatchObject({ exists: 1 })
    const moved = await source.fetchBodies([1], 100_000)
    expect(moved[0]!.raw.toString()).toContain('bounced@example.com')
    expect((await source.listFolders()).map((f) => f.path)).toContain('Bounces')
  })

  it('switches between read-only and writable on the same connection', async () => {
    const user = freshUser()
    deliver(user, 'a@example.com')
    const source = await open(user)
    await source.openFolder('INBOX', true)
    await source.openFolder('INBOX')
    await source.openFolder('INBOX', true)
    await source.move([1], 'Elsewhere')
    expect(await source.openFolder('INBOX')).toMatchObject({ exists: 0 })
  })

  it('lists the folders with their special use', async () => {
    const user = freshUser()
    deliver(user, 'in@example.com')
    dovecot.deliver(user, 'Sent', message('sent@example.com'))
    const source = await open(user)
    const folders = await source.listFolders()
    expect(folders).toEqual(
      expect.arrayContaining([
        { path: 'INBOX', specialUse: null },
        { path: 'Sent', specialUse: '\\Sent' },
      ]),
    )
  })

  it('calls back when a message arrives while idle, until unsubscribed', async () => {
    const user = freshUser()
    deliver(user, 'before@example.com')
    const source = await open(user)
    await source.openFolder('INBOX')
    let calls = 0
    const arrived = new Promise<void>((resolve) => {
      const stop = source.onNewMail(() => {
        calls += 1
        stop()
        resolve()
      })
    })
    deliver(user, 'bounce@example.com')
    await within(10_000, arrived, 'The new-mail callback')
    expect(calls).toBe(1)
    expect((await source.fetchHeadersAfter(1, 10)).map((m) => m.uid)).toEqual([2])
  })

  it('auth: a wrong password fails at the login step', async () => {
    const failure = await failureOf(openImapSource(settings(freshUser(), { password: 'wrong' })))
    expect(failure).toMatchObject({ reason: 'auth', step: 'login', needsUser: true })
    expect(failure.detail).toMatch(/Authentication failed/)
  })

  it('refused: nothing listens on the port', async () => {
    const port = await freePort()
    const failure = await failureOf(openImapSource(settings(freshUser(), { port })))
    expect(failure).toMatchObject({ reason: 'refused', step: 'connect' })
  })

  it('folder: a folder that does not exist', async () => {
    const source = await open(freshUser())
    const failure = await failureOf(source.openFolder('Nowhere'))
    expect(failure).toMatchObject({ reason: 'folder', step: 'folder', needsUser: true })
  })

  it('closed: the connection dropped mid-session fails the next call; a new source works', async () => {
    const proxy = await startDroppingProxy({ host: dovecot.host, port: dovecot.port })
    cleanup(() => proxy.close())
    const user = freshUser()
    deliver(user, 'a@example.com')
    const source = await open(user, { port: proxy.port })
    await source.openFolder('INBOX')

    proxy.cutAll()
    const failure = await failureOf(source.fetchHeadersAfter(0, 10))
    expect(failure).toMatchObject({ reason: 'closed', step: null })
    // And it stays failed, rather than hanging or answering from a dead connection.
    expect(await failureOf(source.openFolder('INBOX'))).toMatchObject({ reason: failure.reason })

    const again = await open(user, { port: proxy.port })
    expect(await again.openFolder('INBOX')).toMatchObject({ exists: 1 })
  })
})
