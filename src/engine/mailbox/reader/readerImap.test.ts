/**
 * The reader through the engine against a real Dovecot, over the engine's own IMAP source: each
 * test reads a mailbox user of its own. Bounded waits on the database, never sleeps.
 */
import { ImapFlow } from 'imapflow'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { storeReadMessage } from '@test/support/storeReadMessage'
import { useCleanups } from '@test/support/cleanups'
import { startDovecot, type Dovecot } from '@test/support/dovecot'
import { startDroppingProxy } from '@test/support/droppingProxy'
import {
  closeAfterTest,
  createCampaign,
  openEngine,
  recipients,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { bounceOf, sentCopy, unrelated } from '@test/support/mailboxMessages'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()
let dovecot: Dovecot
let users = 0

beforeAll(async () => {
  dovecot = await startDovecot()
}, 30_000)
afterAll(() => dovecot?.stop())

const freshUser = () => `reader${++users}`

function open(dir: string, clock: FakeClock): Harness {
  const h = closeAfterTest(
    cleanup,
    openEngine(dir, { clock, recordMailboxMessage: storeReadMessage }),
  )
  h.engine.start()
  return h
}

function accountForm(user: string, password: string, mailbox: Record<string, unknown> = {}) {
  return {
    name: 'Shop',
    host: '127.0.0.1',
    port: 2525,
    security: 'none',
    username: user,
    password,
    fromName: 'Shop',
    fromEmail: 'news@shop.example',
    mailbox: { host: dovecot.host, port: dovecot.port, security: 'none', ...mailbox },
  }
}

const checkNow = (h: Harness) => h.call('mailbox.checkNow', { accountId: null })
const recorded = (h: Harness) =>
  (h.db.prepare('SELECT uid FROM mailbox_messages ORDER BY uid').pluck().all() as number[]).length
const standing = (h: Harness) =>
  h.db.prepare('SELECT state, reason, step, next_attempt_at FROM account_mailboxes').get()

/** Each message of a folder: its flags and the Subject, over a connection of our own. */
async function folderOf(user: string, folder = 'INBOX') {
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
    await client.mailboxOpen(folder, { readOnly: true })
    const all = await client.fetchAll('1:*', { uid: true, flags: true, envelope: true })
    // \Recent is the server's note for a session, not a flag anyone set.
    const flags = (m: (typeof all)[number]) => [...(m.flags ?? [])].filter((f) => f !== '\\Recent')
    return all.map((m) => ({ subject: m.envelope?.subject, flags: flags(m) }))
  } catch {
    return []
  } finally {
    await client.logout()
  }
}

describe('the mailbox reader over IMAP', () => {
  it('records bounces, leaves other mail untouched (flags too), and goes on after a restart', async () => {
    const user = freshUser()
    dovecot.deliver(user, 'INBOX', unrelated(1))
    dovecot.deliver(user, 'INBOX', bounceOf('<x.1@shop.example>'))
    dovecot.deliver(user, 'INBOX', unrelated(3))
    const clock = new FakeClock()
    const dir = tempDir()
    const h = open(dir, clock)
    await h.call('accounts.create', accountForm(user, dovecot.password))
    await checkNow(h)
    expect(recorded(h)).toBe(1)
    expect(standing(h)).toMatchObject({ state: 'ok', reason: null })
    expect((await folderOf(user)).map((m) => m.flags)).toEqual([[], [], []])

    await h.engine.stop(1000)
    h.db.close()
    dovecot.deliver(user, 'INBOX', bounceOf('<x.4@shop.example>'))
    dovecot.deliver(user, 'INBOX', unrelated(5))
    const again = open(dir, clock)
    await checkNow(again)
    expect(recorded(again)).toBe(2)
    expect(
      again.db.prepare('SELECT last_uid, scanned, recognised FROM mailbox_cursors').get(),
    ).toEqual({ last_uid: 5, scanned: 5, recognised: 2 })
    expect((await folderOf(user)).every((m) => m.flags.length === 0)).toBe(true)
  })

  it('moves processed bounces to the folder the user named, creating it', async () => {
    const user = freshUser()
    dovecot.deliver(user, 'INBOX', unrelated(1))
    dovecot.deliver(user, 'INBOX', bounceOf('<y.1@shop.example>'))
    const h = open(tempDir(), new FakeClock())
    await h.call(
      'accounts.create',
      accountForm(user, dovecot.password, { moveBouncesTo: 'Bounces' }),
    )
    await checkNow(h)
    expect((await folderOf(user)).map((m) => m.subject)).toEqual(['Weekly digest 1'])
    expect((await folderOf(user, 'Bounces')).map((m) => m.subject)).toEqual([
      'Undelivered Mail Returned to Sender',
    ])
    expect(recorded(h)).toBe(1)
  })

  it('stops at a wrong password and tries again only when the account is edited', async () => {
    const user = freshUser()
    dovecot.deliver(user, 'INBOX', bounceOf('<z.1@shop.example>'))
    const clock = new FakeClock()
    const h = open(tempDir(), clock)
    const account = await h.call<{ id: number }>(
      'accounts.create',
      accountForm(user, dovecot.password, { password: 'wrong' }),
    )
    await checkNow(h)
    expect(standing(h)).toEqual({
      state: 'error',
      reason: 'auth',
      step: 'login',
      next_attempt_at: null,
    })
    clock.jump(3 * 3_600_000)
    expect(standing(h)).toMatchObject({ state: 'error', reason: 'auth' })

    await h.call('accounts.update', {
      id: account.id,
      ...accountForm(user, dovecot.password, { password: dovecot.password }),
    })
    await expect.poll(() => recorded(h), { timeout: 10_000 }).toBe(1)
    await expect.poll(() => standing(h)).toMatchObject({ state: 'ok' })
  })

  it('reads a bounce within seconds of its arrival (IDLE)', async () => {
    const user = freshUser()
    const clock = new FakeClock()
    const h = open(tempDir(), clock)
    await h.call('accounts.create', accountForm(user, dovecot.password))
    await checkNow(h)
    dovecot.deliver(user, 'INBOX', bounceOf('<w.1@shop.example>'))
    // The server's word comes over IDLE; the reader then waits a second on the (fake) clock.
    await expect
      .poll(
        () => {
          clock.advance(1000)
          return recorded(h)
        },
        { timeout: 10_000 },
      )
      .toBe(1)
  })

  it('reconnects after the server dropped the connection it kept', async () => {
    const user = freshUser()
    const proxy = await startDroppingProxy(dovecot)
    cleanup(() => proxy.close())
    const h = open(tempDir(), new FakeClock())
    await h.call('accounts.create', {
      ...accountForm(user, dovecot.password),
      mailbox: {
        host: dovecot.host,
        port: proxy.port,
        security: 'none',
      },
    })
    await checkNow(h)
    proxy.cutAll()
    dovecot.deliver(user, 'INBOX', bounceOf('<v.1@shop.example>'))
    await checkNow(h)
    expect(recorded(h)).toBe(1)
    expect(standing(h)).toMatchObject({ state: 'ok' })
  })

  it('settles an uncertain send whose copy the server keeps in Sent', async () => {
    const user = freshUser()
    // The folder is there before the reader connects, as on any real server.
    dovecot.deliver(user, 'Sent', unrelated(0))
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const h = open(tempDir(), new FakeClock())
    // The sink takes mail without a login; the mailbox has a login of its own.
    const account = await h.call<{ id: number }>('accounts.create', {
      ...accountForm(user, dovecot.password, { username: user, password: dovecot.password }),
      port: sink.port,
      username: null,
      password: null,
    })
    const campaign = await createCampaign(h, account.id, recipients(2))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    const [first, second] = h.db
      .prepare('SELECT id, message_id FROM deliveries ORDER BY id')
      .all() as { id: number; message_id: string }[]
    h.db.prepare("UPDATE deliveries SET state = 'uncertain'").run()
    dovecot.deliver(user, 'Sent', sentCopy(first!.message_id))
    await checkNow(h)
    const state = (id: number) =>
      h.db.prepare('SELECT state FROM deliveries WHERE id = ?').pluck().get(id)
    expect(state(first!.id)).toBe('sent')
    expect(state(second!.id)).toBe('uncertain')
  })
})
