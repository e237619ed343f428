/**
 * The background reader through the engine, on a real SQLite file and a fake clock, against a
 * mailbox in memory (test/support/memoryMailbox.ts) that honours the source port.
 */
import { describe, expect, it, vi } from 'vitest'
import { MailboxError } from '@engine/mailbox/source'
import { storeReadMessage } from '@test/support/storeReadMessage'
import { useCleanups } from '@test/support/cleanups'
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
import { MemoryMailbox } from '@test/support/memoryMailbox'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { BACKOFF_STEPS_MS } from './backoff'
import { NEW_MAIL_DELAY_MS } from './accountReader'
import { SENT_FOLDER_GRACE_MS } from './settleUncertain'

vi.setConfig({ testTimeout: 20_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

interface Setup {
  h: Harness
  box: MemoryMailbox
  clock: FakeClock
  accountId: number
  dir: string
}

async function setup(
  box: MemoryMailbox,
  more: { mailbox?: Record<string, unknown>; batchSize?: number; smtpPort?: number } = {},
): Promise<Setup> {
  const clock = new FakeClock()
  const dir = tempDir()
  const h = open(dir, box, clock, more.batchSize)
  const account = await h.call<{ id: number }>('accounts.create', {
    name: 'Shop',
    host: '127.0.0.1',
    port: more.smtpPort ?? 2525,
    security: 'none',
    fromName: 'Outbox Test',
    fromEmail: 'sender@example.test',
    mailbox: { host: 'imap.example.test', port: 993, security: 'tls', ...more.mailbox },
  })
  await checkNow(h)
  return { h, box, clock, accountId: account.id, dir }
}

function open(dir: string, box: MemoryMailbox, clock: FakeClock, batchSize?: number): Harness {
  const h = closeAfterTest(
    cleanup,
    openEngine(dir, {
      clock,
      openMailboxSource: async () => box.connect(),
      recordMailboxMessage: storeReadMessage,
      mailboxBatchSize: batchSize,
    }),
  )
  h.engine.start()
  return h
}

/** Reads every mailbox now and waits for it: the tests' point of sync. */
const checkNow = (h: Harness, accountId: number | null = null) =>
  h.call<{ accounts: number }>('mailbox.checkNow', { accountId })

const recorded = (h: Harness) =>
  h.db
    .prepare('SELECT folder, uid_validity, uid, kind FROM mailbox_messages ORDER BY id')
    .all() as {
    folder: string
    uid_validity: string
    uid: number
    kind: string
  }[]

const cursor = (h: Harness, folder = 'INBOX') =>
  h.db
    .prepare(
      'SELECT uid_validity, last_uid, scanned, recognised FROM mailbox_cursors WHERE folder = ?',
    )
    .get(folder)

const standing = (h: Harness) =>
  h.db
    .prepare('SELECT state, reason, step, params, read_at, next_attempt_at FROM account_mailboxes')
    .get() as {
    state: string
    reason: string | null
    step: string | null
    params: string | null
    read_at: number | null
    next_attempt_at: number | null
  }

const reads = (box: MemoryMailbox) =>
  box.calls.filter((c) => c.startsWith('fetchHeadersAfter')).length

describe('the mailbox reader', () => {
  it('records bounces and leaves unrelated mail on the server, never downloaded whole', async () => {
    const box = new MemoryMailbox()
    box.deliver('INBOX', unrelated(1))
    box.deliver('INBOX', bounceOf('<a.1@example.test>'))
    box.deliver('INBOX', unrelated(2))
    box.deliver('INBOX', bounceOf('<a.2@example.test>'))
    box.deliver('INBOX', unrelated(3))
    const { h, clock } = await setup(box)

    expect(recorded(h)).toEqual([
      { folder: 'INBOX', uid_validity: '1000', uid: 2, kind: 'bounce' },
      { folder: 'INBOX', uid_validity: '1000', uid: 4, kind: 'bounce' },
    ])
    expect(box.fetchedWhole.get('INBOX')).toEqual([2, 4])
    expect(box.uids('INBOX')).toEqual([1, 2, 3, 4, 5]) // nothing moved, nothing deleted
    expect(cursor(h)).toEqual({ uid_validity: '1000', last_uid: 5, scanned: 5, recognised: 2 })
    const [account] =
      await h.call<{ mailbox: { status: Record<string, unknown> } }[]>('accounts.list')
    expect(account!.mailbox.status).toMatchObject({
      state: 'ok',
      lastReadAt: clock.now(),
      nextAttemptAt: clock.now() + 60_000,
      scanned: 5,
      recognised: 2,
    })
    const row = h.db.prepare('SELECT * FROM mailbox_messages WHERE uid = 2').get() as Record<
      string,
      unknown
    >
    expect(row).toMatchObject({
      severity: 'hard',
      status: '5.1.1',
      email: 'ghost.user@example.org',
      mail_from: 'Mail Delivery System <MAILER-DAEMON@mx1.example.net>',
      subject: 'Undelivered Mail Returned to Sender',
      truncated: 0,
    })
    expect(row.first_lines).toContain('This is the mail system at host mx1.example.net.')
  })

  it('goes on from its cursor after a restart in the middle of a folder: no miss, no repeat', async () => {
    const box = new MemoryMailbox()
    box.deliver('INBOX', bounceOf('<b.1@example.test>'))
    const first = await setup(box, { batchSize: 2 })
    for (const n of [2, 3, 4]) box.deliver('INBOX', unrelated(n))
    box.deliver('INBOX', bounceOf('<b.5@example.test>'))
    box.deliver('INBOX', bounceOf('<b.6@example.test>'))

    // The server stalls on the second batch; the app stops meanwhile.
    let release = () => {}
    const stalled = new Promise<void>((resolve) => (release = resolve))
    box.beforeHeaders = (after) => (after === 3 ? stalled : undefined)
    const reading = checkNow(first.h)
    await expect.poll(() => box.calls.includes('fetchHeadersAfter 3')).toBe(true)
    const stopping = first.h.engine.stop(1000)
    release()
    await stopping
    await reading
    expect(cursor(first.h)).toMatchObject({ last_uid: 3, scanned: 3 })
    expect(recorded(first.h).map((r) => r.uid)).toEqual([1])
    first.h.db.close()

    box.beforeHeaders = null
    box.calls.length = 0
    const again = open(first.dir, box, first.clock, 2)
    await checkNow(again)
    expect(box.calls.filter((c) => c.startsWith('fetchHeadersAfter'))).toEqual([
      'fetchHeadersAfter 3',
      'fetchHeadersAfter 5',
      'fetchHeadersAfter 6',
    ])
    expect(recorded(again).map((r) => r.uid)).toEqual([1, 5, 6])
    expect(cursor(again)).toEqual({ uid_validity: '1000', last_uid: 6, scanned: 6, recognised: 3 })
  })

  it('reads a folder from the start again when its UIDVALIDITY changed', async () => {
    const box = new MemoryMailbox()
    box.deliver('INBOX', unrelated(1))
    box.deliver('INBOX', bounceOf('<c.1@example.test>'))
    const { h } = await setup(box)
    box.renumber('INBOX')
    box.deliver('INBOX', bounceOf('<c.2@example.test>'))
    box.calls.length = 0
    await checkNow(h)
    expect(box.calls).toContain('fetchHeadersAfter 0')
    expect(cursor(h)).toEqual({ uid_validity: '1001', last_uid: 3, scanned: 5, recognised: 3 })
    expect(
      recorded(h)
        .filter((r) => r.uid_validity === '1001')
        .map((r) => r.uid),
    ).toEqual([2, 3])
  })

  it('reads every poll interval on the clock, the interval read anew each time', async () => {
    const box = new MemoryMailbox()
    const { h, clock } = await setup(box)
    const before = reads(box)
    clock.advance(59_999)
    expect(reads(box)).toBe(before)
    clock.advance(1)
    await expect.poll(() => reads(box)).toBe(before + 1)
    await expect.poll(() => standing(h).state).toBe('ok')

    await h.call('settings.update', { mailbox: { pollSeconds: 300, softBounceCampaigns: 3 } })
    clock.advance(60_000) // the wait already set
    await expect.poll(() => reads(box)).toBe(before + 2)
    await expect.poll(() => standing(h).next_attempt_at).toBe(clock.now() + 300_000)
    clock.advance(299_999)
    expect(reads(box)).toBe(before + 2)
    clock.advance(1)
    await expect.poll(() => reads(box)).toBe(before + 3)
  })

  it('reads within seconds when the server announces new mail', async () => {
    const box = new MemoryMailbox()
    const { h, clock } = await setup(box)
    box.deliver('INBOX', bounceOf('<d.1@example.test>'))
    expect(recorded(h)).toEqual([])
    clock.advance(NEW_MAIL_DELAY_MS)
    await expect.poll(() => recorded(h).length).toBe(1)
  })

  it('reads nothing while the app is held, and reads when it is released', async () => {
    const box = new MemoryMailbox()
    const { h, clock } = await setup(box)
    await h.engine.hold('offline')
    expect(standing(h).state).toBe('held')
    expect(box.openConnections).toBe(0)
    const before = reads(box)
    box.deliver('INBOX', bounceOf('<e.1@example.test>'))
    clock.jump(3_600_000)
    expect(await checkNow(h)).toEqual({ accounts: 0 })
    expect(reads(box)).toBe(before)
    await h.engine.release('offline')
    await expect.poll(() => recorded(h).length).toBe(1)
    await expect.poll(() => standing(h).state).toBe('ok')
  })

  it('backs off after failures (1, 2, 5… minutes) and records why', async () => {
    const box = new MemoryMailbox()
    box.refuse = new MailboxError('Timed out', 'timeout', 'connect', 'no answer in 15 s')
    const { h, clock } = await setup(box)
    const start = clock.now()
    expect(standing(h)).toEqual({
      state: 'error',
      reason: 'timeout',
      step: 'connect',
      params: JSON.stringify({ detail: 'no answer in 15 s' }),
      read_at: null,
      next_attempt_at: start + BACKOFF_STEPS_MS[0]!,
    })
    clock.advance(BACKOFF_STEPS_MS[0]!)
    await expect.poll(() => standing(h).next_attempt_at).toBe(clock.now() + BACKOFF_STEPS_MS[1]!)
    clock.advance(BACKOFF_STEPS_MS[1]!)
    await expect.poll(() => standing(h).next_attempt_at).toBe(clock.now() + BACKOFF_STEPS_MS[2]!)
    box.refuse = null
    box.deliver('INBOX', bounceOf('<f.1@example.test>'))
    clock.advance(BACKOFF_STEPS_MS[2]!)
    await expect.poll(() => standing(h).state).toBe('ok')
    expect(recorded(h)).toHaveLength(1)
  })

  it('waits for the user after a wrong password: no retries until the account is edited', async () => {
    const box = new MemoryMailbox()
    box.refuse = new MailboxError('Login refused', 'auth', 'login', 'AUTHENTICATIONFAILED')
    const { h, clock, accountId } = await setup(box)
    expect(standing(h)).toMatchObject({ state: 'error', reason: 'auth', next_attempt_at: null })
    const tries = () => box.calls.length + box.connections
    const before = tries()
    clock.jump(6 * 3_600_000)
    expect(tries()).toBe(before)

    box.refuse = null
    await h.call('accounts.update', {
      id: accountId,
      name: 'Shop',
      host: '127.0.0.1',
      port: 2525,
      security: 'none',
      fromName: 'Outbox Test',
      fromEmail: 'sender@example.test',
      mailbox: { host: 'imap.example.test', port: 993, security: 'tls', password: 'right' },
    })
    await expect.poll(() => standing(h).state).toBe('ok')
  })

  it('reconnects when the server dropped the connection it kept', async () => {
    const box = new MemoryMailbox()
    const { h } = await setup(box)
    expect(box.connections).toBe(1)
    box.dropConnections()
    box.deliver('INBOX', bounceOf('<g.1@example.test>'))
    await checkNow(h)
    expect(box.connections).toBe(2)
    expect(standing(h).state).toBe('ok')
    expect(recorded(h)).toHaveLength(1)
  })

  it('a hold during a read drops the connection and opens no other while held', async () => {
    const box = new MemoryMailbox()
    const { h } = await setup(box)
    box.beforeHeaders = async () => {
      box.beforeHeaders = null
      await h.engine.hold('offline')
    }
    await checkNow(h)
    expect(box.connections).toBe(1)
    expect(box.openConnections).toBe(0)
    expect(standing(h).state).toBe('held')
  })

  it('keeps one connection between reads, and closes it on delete and on stop', async () => {
    const box = new MemoryMailbox()
    const { h, accountId } = await setup(box)
    await checkNow(h)
    await checkNow(h, accountId)
    expect(box.connections).toBe(1)
    expect(box.openConnections).toBe(1)
    await h.call('accounts.delete', { id: accountId })
    await expect.poll(() => box.openConnections).toBe(0)
    expect(await checkNow(h)).toEqual({ accounts: 0 })

    const other = await setup(new MemoryMailbox())
    expect(other.box.openConnections).toBe(1)
    await other.h.engine.stop(1000)
    expect(other.box.openConnections).toBe(0)
  })

  it('moves processed bounces to the chosen folder, and nothing else', async () => {
    const box = new MemoryMailbox()
    box.deliver('INBOX', unrelated(1))
    box.deliver('INBOX', bounceOf('<h.1@example.test>'))
    box.deliver('INBOX', unrelated(3))
    const { h } = await setup(box, { mailbox: { moveBouncesTo: 'Bounces' } })
    expect(box.calls).toContain('openFolder INBOX forWriting')
    expect(box.uids('INBOX')).toEqual([1, 3])
    expect(box.uids('Bounces')).toEqual([1])
    expect(recorded(h)).toEqual([{ folder: 'INBOX', uid_validity: '1000', uid: 2, kind: 'bounce' }])
  })
})

describe('settling uncertain sends from the mailbox', () => {
  /** A finished campaign of three, its first two sends made uncertain as a broken connection leaves them. */
  async function withUncertain(box: MemoryMailbox) {
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const s = await setup(box, { smtpPort: sink.port })
    const campaign = await createCampaign(s.h, s.accountId, recipients(3))
    await s.h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(s.h, campaign.id, 'completed')
    const rows = s.h.db
      .prepare('SELECT id, message_id FROM deliveries WHERE campaign_id = ? ORDER BY id')
      .all(campaign.id) as { id: number; message_id: string }[]
    s.h.db
      .prepare("UPDATE deliveries SET state = 'uncertain', updated_at = ? WHERE id IN (?, ?)")
      .run(s.clock.now(), rows[0]!.id, rows[1]!.id)
    const state = (id: number) =>
      s.h.db.prepare('SELECT state, last_response FROM deliveries WHERE id = ?').get(id) as {
        state: string
        last_response: string
      }
    const settledLines = () =>
      s.h.db
        .prepare("SELECT delivery_id, params FROM event_log WHERE kind = 'delivery.settled'")
        .all()
    return { ...s, campaignId: campaign.id, rows, state, settledLines }
  }

  it('settles a send whose copy is in the Sent folder; looks for the others until the grace ends', async () => {
    const box = new MemoryMailbox([{ path: 'INBOX' }, { path: 'Sent Items', specialUse: '\\Sent' }])
    const s = await withUncertain(box)
    box.deliver('Sent Items', sentCopy(s.rows[0]!.message_id))
    await checkNow(s.h)
    expect(s.state(s.rows[0]!.id)).toEqual({
      state: 'sent',
      last_response: 'Found in the Sent folder: the server took it',
    })
    expect(s.state(s.rows[1]!.id).state).toBe('uncertain')
    expect(s.settledLines()).toEqual([
      { delivery_id: s.rows[0]!.id, params: JSON.stringify({ variant: 'sentFolder' }) },
    ])
    const progress = await s.h.call('campaigns.progress', { campaignId: s.campaignId })
    expect(progress).toMatchObject({ sent: 2, uncertain: 1 })

    const searches = () => box.calls.filter((c) => c.startsWith('searchMessageId')).length
    const before = searches()
    await checkNow(s.h)
    expect(searches()).toBe(before + 1) // still looked for
    s.clock.jump(SENT_FOLDER_GRACE_MS + 1)
    await checkNow(s.h)
    const after = searches()
    await checkNow(s.h)
    expect(searches()).toBe(after) // no longer: the user decides
    expect(s.state(s.rows[1]!.id).state).toBe('uncertain')
    expect(box.calls.some((c) => c.startsWith('resend'))).toBe(false)
  })

  it('settles a send a bounce names: the server did take it', async () => {
    const box = new MemoryMailbox([{ path: 'INBOX' }])
    const s = await withUncertain(box)
    box.deliver('INBOX', bounceOf(s.rows[1]!.message_id, 'r1@example.test'))
    await checkNow(s.h)
    expect(s.state(s.rows[1]!.id).state).toBe('sent')
    expect(s.settledLines()).toEqual([
      { delivery_id: s.rows[1]!.id, params: JSON.stringify({ variant: 'bounce' }) },
    ])
    expect(recorded(s.h)).toHaveLength(1)
    // No folder marked \Sent: the other stays a question, and nothing fails for it.
    expect(s.state(s.rows[0]!.id).state).toBe('uncertain')
    expect(standing(s.h).state).toBe('ok')
  })
})
