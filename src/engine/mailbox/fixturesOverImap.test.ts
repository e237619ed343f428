/**
 * Every hand-written fixture (bounces of several shapes in English and Russian, 8-bit and
 * base64, replies, out-of-office answers, unsubscribe requests, unrelated mail) put in a real
 * Dovecot mailbox and read by the engine: each is recorded as the classifier sorts its bytes,
 * unrelated mail is not recorded, and nothing leaves the folder.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { startDovecot, type Dovecot } from '@test/support/dovecot'
import {
  closeAfterTest,
  createCampaign,
  openEngine,
  recipients,
  waitForStatus,
} from '@test/support/engineHarness'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { classifyMessage } from './classifyMessage'

vi.setConfig({ testTimeout: 60_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()
const FIXTURES = join(__dirname, 'fixtures')
const ours = (n: number) => `c1f2a3b4.${String(n).padStart(4, '0')}.outbox@shop.example.com`
const KINDS = {
  bounce: 'bounce',
  'auto-reply': 'autoReply',
  reply: 'reply',
  unsubscribe: 'unsubscribe',
}
let dovecot: Dovecot

beforeAll(async () => {
  dovecot = await startDovecot()
}, 30_000)
afterAll(() => dovecot?.stop())

describe('the fixtures through IMAP', () => {
  it('records each as the classifier sorts its bytes, and leaves unrelated mail unrecorded', async () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.eml'))
      .sort()
    const raws = files.map((f) => readFileSync(join(FIXTURES, f)))
    // The fixtures' own Message-IDs (c1f2a3b4.0001… to .0014, some inside base64 bodies)
    // become real deliveries' ids, so matching finds them.
    const ids = Array.from({ length: 14 }, (_, i) => ours(i + 1))
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    h.engine.start()
    const account = await h.call<{ id: number }>('accounts.create', {
      name: 'Shop',
      host: '127.0.0.1',
      port: sink.port,
      security: 'none',
      fromEmail: 'news@shop.example.com',
    })
    const campaign = await createCampaign(h, account.id, recipients(ids.length))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    const deliveries = h.db
      .prepare('SELECT id FROM deliveries ORDER BY id')
      .pluck()
      .all() as number[]
    ids.forEach((id, i) =>
      h.db
        .prepare('UPDATE deliveries SET message_id = ? WHERE id = ?')
        .run(`<${id}>`, deliveries[i]),
    )

    const expected = await Promise.all(
      raws.map(async (raw) => {
        const c = await classifyMessage(raw, { isOurMessageId: (id) => ids.includes(id) })
        return c.kind === 'unrelated' ? null : KINDS[c.kind]
      }),
    )
    const user = 'fixtures'
    raws.forEach((raw) => dovecot.deliver(user, 'INBOX', raw))
    await h.call('accounts.update', {
      id: account.id,
      name: 'Shop',
      host: '127.0.0.1',
      port: sink.port,
      security: 'none',
      fromEmail: 'news@shop.example.com',
      mailbox: {
        host: dovecot.host,
        port: dovecot.port,
        security: 'none',
        username: user,
        password: dovecot.password,
      },
    })
    await h.call('mailbox.checkNow', { accountId: account.id })

    const recorded = new Map(
      (
        h.db.prepare('SELECT uid, kind FROM mailbox_messages').all() as {
          uid: number
          kind: string
        }[]
      ).map((r) => [r.uid, r.kind]),
    )
    // Dovecot gives the delivered messages UIDs 1, 2, 3… in order.
    const got = files.map((_, i) => recorded.get(i + 1) ?? null)
    expect(Object.fromEntries(files.map((f, i) => [f, got[i]]))).toEqual(
      Object.fromEntries(files.map((f, i) => [f, expected[i]])),
    )
    expect(expected.filter((k) => k === null).length).toBeGreaterThanOrEqual(2)
    expect(new Set(expected)).toEqual(
      new Set(['bounce', 'autoReply', 'reply', 'unsubscribe', null]),
    )
    const status =
      await h.call<{ id: number; mailbox: { status: { scanned: number } } }[]>('accounts.list')
    expect(status.find((a) => a.id === account.id)!.mailbox.status.scanned).toBe(files.length)
  })
})
