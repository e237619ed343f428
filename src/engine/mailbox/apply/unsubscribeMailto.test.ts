/**
 * The List-Unsubscribe mailto by default: the From address with the delivery's token when
 * Outbox reads the account's mailbox; the campaign's own mailto gets the same subject; none
 * without either. Real sends to a local SMTP server.
 */
import { simpleParser } from 'mailparser'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  openEngine,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { upsertMailbox } from '../../db/mailboxes'
import { classifyMessage } from '../classifyMessage'
import { knownMessages } from './knownMessages'
import { TEST_TOKEN } from './token'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

function addMailbox(h: Harness, accountId: number) {
  upsertMailbox(h.db, {
    account_id: accountId,
    host: '127.0.0.1',
    port: 1,
    security: 'none',
    username: null,
    secret: null,
    folders: '["INBOX"]',
    sent_folder: null,
    move_bounces_to: null,
    now: Date.now(),
  })
}

async function send(mailbox: boolean, mailto: string | null) {
  const sink = await startSmtpSink()
  cleanup(() => sink.close())
  const h = closeAfterTest(cleanup, openEngine(tempDir()))
  h.engine.start()
  const account = await addAccount(h, sink.port)
  if (mailbox) addMailbox(h, account.id)
  const campaign = await createCampaign(h, account.id, [
    { email: 'ann@example.test', data: { name: 'Ann' } },
  ])
  await h.call('campaigns.update', {
    id: campaign.id,
    html: '<p>Bye: <a href="{{unsubscribeUrl}}">unsubscribe</a></p>',
    unsubscribe: { mailto, url: null },
  })
  await h.call('campaigns.start', { id: campaign.id })
  await waitForStatus(h, campaign.id, 'completed')
  const messageId = h.db.prepare('SELECT message_id FROM deliveries').pluck().get() as string
  return {
    h,
    campaignId: campaign.id,
    raw: sink.received[0]!.raw,
    token: messageId.slice(1, -1).split('@')[0]!,
  }
}

/** The header unfolded (a long one is folded onto the next line). */
const header = (raw: string) =>
  /^List-Unsubscribe:\s*(.*)$/im.exec(raw.replace(/\r?\n[ \t]+/g, ' '))?.[1] ?? null

describe('the unsubscribe mailto', () => {
  it('is the From address with the delivery’s token when the account has a mailbox; a request sent to it is recognised', async () => {
    const { h, raw, token } = await send(true, null)
    const mailto = `mailto:sender@example.test?subject=unsubscribe-${token}`
    expect(header(raw)).toBe(`<${mailto}>`)
    // {{unsubscribeUrl}} is the same mailto (Handlebars writes its `=` as an entity).
    const html = ((await simpleParser(raw)).html as string).replace(/&#x3D;/g, '=')
    expect(html).toContain(`href="${mailto}"`)
    const request = Buffer.from(
      `From: ann@example.test\r\nTo: sender@example.test\r\nSubject: unsubscribe-${token}\r\n\r\n`,
    )
    expect(await classifyMessage(request, knownMessages(h.db))).toMatchObject({
      kind: 'unsubscribe',
      via: 'token',
      token,
    })
  })

  it('is the campaign’s own mailto with the same subject', async () => {
    const { raw, token } = await send(true, 'leave@example.test')
    expect(header(raw)).toBe(`<mailto:leave@example.test?subject=unsubscribe-${token}>`)
    const { raw: without } = await send(false, 'leave@example.test')
    expect(header(without)).toMatch(
      /^<mailto:leave@example\.test\?subject=unsubscribe-\d+\.[0-9a-f]{20}>$/,
    )
  })

  it('is absent when the account has no mailbox and the campaign no mailto', async () => {
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    h.engine.start()
    const account = await addAccount(h, sink.port)
    const campaign = await createCampaign(h, account.id, [
      { email: 'ann@example.test', data: { name: 'Ann' } },
    ])
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(header(sink.received[0]!.raw)).toBeNull()
  })

  it('the preview shows it with a token that matches no delivery', async () => {
    const { h, campaignId } = await send(true, null)
    const preview = await h.call<{ headers: { key: string; value: string }[] }>(
      'campaigns.preview',
      { id: campaignId, recipientId: null },
    )
    expect(preview.headers.find((x) => x.key === 'List-Unsubscribe')?.value).toBe(
      `<mailto:sender@example.test?subject=unsubscribe-${TEST_TOKEN}>`,
    )
  })
})
