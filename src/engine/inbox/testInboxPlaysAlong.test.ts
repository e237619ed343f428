/** A campaign through the real test inbox: what comes back lands in its account's own mailbox. */
import { describe, expect, it, vi } from 'vitest'
import { classifyMessage } from '@engine/mailbox/classifyMessage'
import { useCleanups } from '@test/support/cleanups'
import {
  closeAfterTest,
  createCampaign,
  openEngine,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'
import { testMailboxSourceFor } from './testMailbox/builtinMailbox'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

async function start(): Promise<Harness & { accountId: number }> {
  const h = openEngine(tempDir())
  await h.engine.startTestInbox()
  h.engine.start()
  closeAfterTest(cleanup, h)
  const accountId = h.db.prepare('SELECT id FROM accounts WHERE builtin = 1').pluck().get()
  return { ...h, accountId: accountId as number }
}

const ADDRESSES = [
  'bounce-ghost@example.test',
  'softbounce-full@example.test',
  'reply-anna@example.test',
  'autoreply-away@example.test',
  'plain@example.test',
]

describe('the test inbox plays along', () => {
  it('gives its account a mailbox to read: INBOX, and Sent for settling deliveries', async () => {
    const h = await start()
    expect(
      h.db.prepare('SELECT * FROM account_mailboxes WHERE account_id = ?').get(h.accountId),
    ).toMatchObject({
      host: '127.0.0.1',
      port: 0,
      security: 'none',
      folders: '["INBOX"]',
      sent_folder: 'Sent',
    })
    expect(testMailboxSourceFor(h.db, h.accountId + 1)).toBeNull()
  })

  it('bounces, replies and answers from away, each to its own Message-ID', async () => {
    const h = await start()
    const campaign = await createCampaign(
      h,
      h.accountId,
      ADDRESSES.map((email) => ({ email, data: { name: 'N' } })),
    )
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    const sentIds = new Map(
      (
        h.db
          .prepare(
            `SELECT r.email, d.message_id FROM deliveries d
             JOIN recipients r ON r.id = d.recipient_id`,
          )
          .all() as { email: string; message_id: string }[]
      ).map((r) => [r.email, r.message_id.replace(/^<|>$/g, '')]),
    )
    const ours = new Set(sentIds.values())

    const source = testMailboxSourceFor(h.db, h.accountId)!
    cleanup(() => source.close())
    expect(await source.openFolder('INBOX')).toMatchObject({ exists: 4 })
    const heads = await source.fetchHeadersAfter(0, 100)
    const bodies = await source.fetchBodies(
      heads.map((m) => m.uid),
      1_000_000,
    )
    const classes = await Promise.all(
      bodies.map((b) => classifyMessage(b.raw, { isOurMessageId: (id) => ours.has(id) })),
    )
    const byKind = Object.fromEntries(
      classes.map((c) => [c.kind === 'bounce' ? `${c.severity} bounce` : c.kind, c]),
    )
    expect(Object.keys(byKind).sort()).toEqual([
      'auto-reply',
      'hard bounce',
      'reply',
      'soft bounce',
    ])
    expect(byKind['hard bounce']).toMatchObject({
      recipient: 'bounce-ghost@example.test',
      originalMessageId: sentIds.get('bounce-ghost@example.test'),
      originalIsOurs: true,
    })
    expect(byKind['soft bounce']).toMatchObject({
      recipient: 'softbounce-full@example.test',
      originalMessageId: sentIds.get('softbounce-full@example.test'),
    })
    expect(byKind['reply']).toMatchObject({
      from: 'reply-anna@example.test',
      inReplyTo: sentIds.get('reply-anna@example.test'),
    })
    expect(byKind['auto-reply']).toMatchObject({
      from: 'autoreply-away@example.test',
      inReplyTo: sentIds.get('autoreply-away@example.test'),
    })

    expect(await source.openFolder('Sent')).toMatchObject({ exists: 5 })
    for (const email of ADDRESSES) {
      const [uid, ...more] = await source.searchMessageId(sentIds.get(email)!)
      expect(more).toEqual([])
      const [copy] = await source.fetchBodies([uid!], 1_000_000)
      const captured = h.db
        .prepare('SELECT raw FROM inbox_messages WHERE message_id = ?')
        .pluck()
        .get(`<${sentIds.get(email)}>`)
      expect(copy!.raw).toEqual(captured)
    }
  })

  it('keeps mail to its own address in INBOX as it came', async () => {
    const h = await start()
    const own = h.db
      .prepare('SELECT from_email FROM accounts WHERE id = ?')
      .pluck()
      .get(h.accountId) as string
    const campaign = await createCampaign(h, h.accountId, [{ email: own, data: { name: 'Me' } }])
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    const rows = h.db.prepare('SELECT folder, raw FROM test_mailbox ORDER BY uid').all() as {
      folder: string
      raw: Buffer
    }[]
    expect(rows.map((r) => r.folder)).toEqual(['Sent', 'INBOX'])
    expect(rows[1]!.raw).toEqual(rows[0]!.raw)
  })
})

describe('the whole way back through the test inbox', () => {
  it('shows the bounces, the reply and the out-of-office answer on the campaign, and stops writing to the bounced address', async () => {
    const h = await start()
    const campaign = await createCampaign(
      h,
      h.accountId,
      ADDRESSES.map((email) => ({ email, data: { name: 'N' } })),
    )
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    await h.call('mailbox.checkNow', { accountId: h.accountId })

    const progress = await h.call<{ feedback: Record<string, number> }>('campaigns.progress', {
      campaignId: campaign.id,
    })
    expect(progress.feedback).toEqual({
      bounced: 1,
      softBounced: 1,
      replied: 1,
      autoReplied: 1,
      unsubscribed: 0,
    })
    const listed = await h.call<{ items: { email: string; source: string }[] }>(
      'suppressions.list',
      {},
    )
    expect(listed.items.map((s) => [s.email, s.source])).toEqual([
      ['bounce-ghost@example.test', 'bounce'],
    ])
    // What was sent is in Sent, and none of the made-up answers is taken for a campaign's mail.
    const page = await h.call<{ items: { email: string; state: string }[] }>('deliveries.page', {
      campaignId: campaign.id,
    })
    expect(page.items.every((d) => d.state === 'sent')).toBe(true)
  })
})
