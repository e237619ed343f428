/**
 * The whole way back, through the engine as the hosts build it: a campaign really sent, then a
 * bounce, a reply, an auto-reply, an unsubscribe request by the mailto's token and unrelated
 * mail land in a real Dovecot mailbox; the reader reads them and the campaign knows who
 * bounced, who answered and who left — and the unrelated mail stays where it was.
 */
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
import { bounceOf, unrelated } from '@test/support/mailboxMessages'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()
let dovecot: Dovecot

beforeAll(async () => {
  dovecot = await startDovecot()
}, 30_000)
afterAll(() => dovecot?.stop())

function answer(from: string, inReplyTo: string, extra: string[], body: string): string {
  return [
    `From: <${from}>`,
    'To: news@shop.example',
    'Subject: Re: Hello',
    `Message-ID: <answer.${Math.random().toString(36).slice(2)}@example.test>`,
    `In-Reply-To: ${inReplyTo}`,
    `References: ${inReplyTo}`,
    'Date: Wed, 02 Dec 2026 10:00:00 +0000',
    ...extra,
    'Content-Type: text/plain; charset=utf-8',
    '',
    body,
    '',
  ].join('\r\n')
}

describe('what comes back to the mailbox', () => {
  it('turns a bounce, a reply, an auto-reply and an unsubscribe into the campaign’s figures and the do-not-send list', async () => {
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    h.engine.start()
    const user = 'wholepath'
    dovecot.deliver(user, 'INBOX', unrelated(1))
    const account = await h.call<{ id: number }>('accounts.create', {
      name: 'Shop',
      host: '127.0.0.1',
      port: sink.port,
      security: 'none',
      fromEmail: 'news@shop.example',
      mailbox: {
        host: dovecot.host,
        port: dovecot.port,
        security: 'none',
        username: user,
        password: dovecot.password,
      },
    })
    const campaign = await createCampaign(h, account.id, recipients(5))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    const ids = h.db
      .prepare(
        `SELECT r.email, d.message_id FROM deliveries d JOIN recipients r ON r.id = d.recipient_id
         ORDER BY d.id`,
      )
      .all() as { email: string; message_id: string }[]
    // The mailto sent with each message names its delivery.
    const sent = sink.received.find((m) => m.to === ids[3]!.email)!.raw
    const token = /subject=unsubscribe-([^>\s]+)/.exec(sent)?.[1]
    expect(token).toBe(ids[3]!.message_id.slice(1).split('@')[0])

    dovecot.deliver(user, 'INBOX', bounceOf(ids[0]!.message_id, ids[0]!.email))
    dovecot.deliver(user, 'INBOX', answer(ids[1]!.email, ids[1]!.message_id, [], 'Sounds good!'))
    dovecot.deliver(
      user,
      'INBOX',
      answer(ids[2]!.email, ids[2]!.message_id, ['Auto-Submitted: auto-replied'], 'I am away.'),
    )
    dovecot.deliver(
      user,
      'INBOX',
      [
        `From: <${ids[3]!.email}>`,
        'To: news@shop.example',
        `Subject: unsubscribe-${token}`,
        'Message-ID: <leave.1@example.test>',
        '',
        'This message will unsubscribe you.',
        '',
      ].join('\r\n'),
    )
    dovecot.deliver(user, 'INBOX', unrelated(2))
    await h.call('mailbox.checkNow', { accountId: account.id })

    const progress = await h.call<{ feedback: Record<string, number> }>('campaigns.progress', {
      campaignId: campaign.id,
    })
    expect(progress.feedback).toEqual({
      bounced: 1,
      softBounced: 0,
      replied: 1,
      autoReplied: 1,
      unsubscribed: 1,
    })
    const listed = await h.call<{ items: { email: string; source: string; evidenceId: number }[] }>(
      'suppressions.list',
      {},
    )
    expect(listed.items.map((s) => [s.email, s.source]).sort()).toEqual(
      [
        [ids[0]!.email, 'bounce'],
        [ids[3]!.email, 'unsubscribe'],
      ].sort(),
    )
    const evidence = await h.call<{ kind: string; text: string }>('mailbox.get', {
      id: listed.items.find((s) => s.source === 'bounce')!.evidenceId,
    })
    expect(evidence.kind).toBe('bounce')
    const replied = await h.call<{ items: { email: string }[] }>('deliveries.page', {
      campaignId: campaign.id,
      feedback: 'replied',
    })
    expect(replied.items.map((d) => d.email)).toEqual([ids[1]!.email])
    const messages = await h.call<{ total: number; items: { kind: string }[] }>(
      'mailbox.messages',
      { campaignId: campaign.id },
    )
    expect(messages.items.map((m) => m.kind).sort()).toEqual(
      ['autoReply', 'bounce', 'reply', 'unsubscribe'].sort(),
    )
    // Six messages looked at, four recognised; nothing was moved or deleted.
    const accounts =
      await h.call<{ id: number; mailbox: { status: Record<string, unknown> } }[]>('accounts.list')
    expect(accounts.find((a) => a.id === account.id)!.mailbox.status).toMatchObject({
      state: 'ok',
      scanned: 6,
      recognised: 4,
    })
  })
})
