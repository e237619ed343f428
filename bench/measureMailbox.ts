/**
 * The mailbox reader's figures against a real Dovecot on 127.0.0.1 (test/support/dovecot.ts):
 * - how fast the engine scans a folder of `size` messages (mostly unrelated mail, one in fifty
 *   a bounce), against a raw imapflow fetch of the same headers over the same server (the
 *   baseline: no classifying, no database);
 * - how long a bounce takes from landing in the mailbox to its address being on the
 *   do-not-send list, with the reader idle and listening (IMAP IDLE), median of `bounces` runs.
 */
import { performance } from 'node:perf_hooks'
import { ImapFlow } from 'imapflow'
import { startDovecot, type Dovecot } from '@test/support/dovecot'
import { addAccount, openBenchEngine, tempDir, type Sink } from './support'

type Call = <T>(channel: string, input?: unknown) => Promise<T>
interface AccountOut {
  id: number
  mailbox: { status: { scanned: number; state: string } } | null
}

const BOUNCE_EVERY = 50

function unrelated(i: number): string {
  return [
    `From: Colleague ${i} <colleague${i}@example.org>`,
    'To: news@example.test',
    `Subject: Lunch on day ${i}?`,
    `Message-ID: <chat${i}@example.org>`,
    'Date: Tue, 01 Dec 2026 10:00:00 +0000',
    'Content-Type: text/plain; charset=utf-8',
    '',
    `Shall we meet at noon, ${i}? `.repeat(20),
    '',
  ].join('\r\n')
}

/** An RFC 3464 report for one address, naming the original Message-ID (ours or not). */
export function dsn(to: string, originalId: string, i: number): string {
  const boundary = `b${i}`
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.org>',
    'To: news@example.test',
    'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: <dsn${i}.${Date.now()}@mx.example.org>`,
    'Date: Tue, 01 Dec 2026 10:00:00 +0000',
    'Auto-Submitted: auto-replied',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=us-ascii',
    '',
    `Your message to <${to}> could not be delivered.`,
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.org',
    '',
    `Final-Recipient: rfc822; ${to}`,
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: smtp; 550 5.1.1 <${to}>: Recipient address rejected: User unknown`,
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    `Message-ID: ${originalId}`,
    `To: ${to}`,
    'Subject: News',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n')
}

async function rawHeaderScan(dovecot: Dovecot, user: string): Promise<number> {
  const client = new ImapFlow({
    host: dovecot.host,
    port: dovecot.port,
    secure: false,
    auth: { user, pass: dovecot.password },
    logger: false,
  })
  await client.connect()
  const t0 = performance.now()
  const lock = await client.getMailboxLock('INBOX', { readOnly: true })
  let n = 0
  try {
    for await (const message of client.fetch('1:*', { uid: true, headers: true, size: true })) {
      if (message.headers) n++
    }
  } finally {
    lock.release()
  }
  const ms = performance.now() - t0
  await client.logout()
  return n / (ms / 1000)
}

async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const until = performance.now() + timeoutMs
  for (;;) {
    const value = await check()
    if (value !== undefined) return value
    if (performance.now() > until) throw new Error('The mailbox bench waited too long')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

async function scanned(call: Call, accountId: number): Promise<number> {
  const accounts = await call<AccountOut[]>('accounts.list')
  return accounts.find((a) => a.id === accountId)?.mailbox?.status.scanned ?? 0
}

export interface MailboxFigures {
  scanPerSecond: number
  rawPerSecond: number
  bounceToSuppressedMs: number[]
}

export async function measureMailbox(
  sink: Sink,
  size: number,
  bounces: number,
): Promise<MailboxFigures> {
  const dovecot = await startDovecot()
  try {
    const user = `bench${Date.now()}`
    for (let i = 0; i < size; i++) {
      dovecot.deliver(
        user,
        'INBOX',
        i % BOUNCE_EVERY === 0
          ? dsn(`gone${i}@example.test`, `<old${i}@example.test>`, i)
          : unrelated(i),
      )
    }
    const rawPerSecond = await rawHeaderScan(dovecot, user)

    const { db, engine, call } = openBenchEngine(tempDir())
    const account = await addAccount(call, sink.port)
    await call('accounts.update', {
      ...(await accountInput(call, account.id)),
      id: account.id,
      mailbox: {
        host: dovecot.host,
        port: dovecot.port,
        security: 'none',
        username: user,
        password: dovecot.password,
      },
    })
    const t0 = performance.now()
    engine.start()
    await waitFor(
      async () => ((await scanned(call, account.id)) >= size ? true : undefined),
      600_000,
    )
    const scanPerSecond = size / ((performance.now() - t0) / 1000)

    // Bounces of real deliveries, each landing while the reader is idle.
    const latencies: number[] = []
    for (let i = 0; i < bounces; i++) {
      const address = `bounce${i}.${Date.now()}@example.test`
      const campaign = await call<{ id: number }>('campaigns.create', {
        name: `bounce ${i}`,
        accountId: account.id,
        subject: 'News',
        html: '<p>News</p>',
        settings: { delayMs: 0, concurrency: 1, maxAttempts: 1, backoffMs: 0, timeoutMs: 10_000 },
        recipients: [{ email: address }],
      })
      await call('campaigns.start', { id: campaign.id })
      const delivery = await waitFor(async () => {
        const page = await call<{ items: { state: string; messageId: string }[] }>(
          'deliveries.page',
          { campaignId: campaign.id },
        )
        return page.items[0]?.state === 'sent' ? page.items[0] : undefined
      }, 30_000)
      await new Promise((resolve) => setTimeout(resolve, 1500)) // the reader is idle again
      const landed = performance.now()
      dovecot.deliver(user, 'INBOX', dsn(address, delivery.messageId, size + i))
      await waitFor(async () => {
        const list = await call<{ items: { email: string }[] }>('suppressions.list', {
          search: address,
        })
        return list.items.length > 0 ? true : undefined
      }, 120_000)
      latencies.push(performance.now() - landed)
    }
    await engine.stop()
    db.close()
    return { scanPerSecond, rawPerSecond, bounceToSuppressedMs: latencies }
  } finally {
    await dovecot.stop()
  }
}

/** accounts.update takes the whole form: the stored account as the form would send it back. */
async function accountInput(call: Call, id: number): Promise<Record<string, unknown>> {
  const accounts = await call<Record<string, unknown>[]>('accounts.list')
  const a = accounts.find((x) => x.id === id)!
  return {
    name: a.name,
    host: a.host,
    port: a.port,
    security: a.security,
    username: a.username,
    fromName: a.fromName,
    fromEmail: a.fromEmail,
    replyTo: a.replyTo,
    defaults: a.defaults,
  }
}
