/** The built-in test inbox: a whole campaign with no mail account, captured and readable. */
import SMTPConnection from 'nodemailer/lib/smtp-connection'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  closeAfterTest,
  fast,
  openEngine,
  recipients,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

async function start(dir: string): Promise<Harness> {
  const h = openEngine(dir)
  await h.engine.startTestInbox()
  h.engine.start()
  closeAfterTest(cleanup, h)
  return h
}

type Account = { id: number; builtin: boolean; hasPassword: boolean; host: string; port: number }

describe('the built-in test inbox', () => {
  it('is the account of a fresh install, and its password never leaves the engine', async () => {
    const h = await start(tempDir())
    const accounts = await h.call<Account[]>('accounts.list')
    expect(accounts).toEqual([
      expect.objectContaining({ builtin: true, hasPassword: true, host: '127.0.0.1' }),
    ])
    const sealed = h.db.prepare('SELECT secret FROM accounts').pluck().get() as string
    expect(Object.keys(accounts[0]!)).not.toContain('secret')
    expect(Object.keys(accounts[0]!)).not.toContain('password')
    expect(JSON.stringify(accounts)).not.toContain(sealed)
  })

  it('captures a whole campaign, readable with headers and inline images', async () => {
    const h = await start(tempDir())
    const [account] = await h.call<Account[]>('accounts.list')
    const campaign = await h.call<{ id: number }>('campaigns.create', {
      name: 'First try',
      accountId: account!.id,
      subject: 'Привет, {{name}}',
      html: '<h1>Hello {{name}}</h1><img src="cid:logo">',
      settings: fast,
      recipients: recipients(3),
      images: [{ cid: 'logo', filename: 'logo.png', contentType: 'image/png', dataBase64: PNG }],
    })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')

    const list = await h.call<{ id: number; to: string[]; subject: string }[]>('inbox.list', {})
    expect(list.map((m) => m.to)).toEqual([
      ['r2@example.test'],
      ['r1@example.test'],
      ['r0@example.test'],
    ])
    expect(list[0]!.subject).toBe('Привет, R2')
    expect(h.events.filter((e) => e.name === 'inbox.received')).toHaveLength(3)

    const message = await h.call<{
      messageId: string
      html: string
      text: string
      headers: { key: string }[]
      attachments: { cid: string; inline: boolean; dataBase64: string }[]
    }>('inbox.get', { id: list[0]!.id })
    const sentId = h.db
      .prepare(
        `SELECT d.message_id FROM deliveries d JOIN recipients r ON r.id = d.recipient_id
         WHERE r.email = 'r2@example.test'`,
      )
      .pluck()
      .get()
    expect(message.messageId).toBe(sentId)
    expect(message.html).toContain('Hello R')
    expect(message.text).toMatch(/HELLO R|Hello R/)
    expect(message.headers.map((h) => h.key)).toEqual(
      expect.arrayContaining(['from', 'to', 'subject', 'message-id', 'date']),
    )
    expect(message.attachments).toEqual([
      expect.objectContaining({ cid: 'logo', inline: true, dataBase64: PNG }),
    ])

    expect(await h.call('inbox.clear')).toEqual({ count: 3 })
    expect(await h.call('inbox.list', {})).toEqual([])
  })

  it('moves to a new port at every start and keeps its account', async () => {
    const dir = tempDir()
    const first = await start(dir)
    const [before] = await first.call<Account[]>('accounts.list')
    await first.engine.stop()
    first.db.close()
    const second = await start(dir)
    const after = await second.call<Account[]>('accounts.list')
    expect(after).toHaveLength(1)
    expect(after[0]!.id).toBe(before!.id)
    const campaign = await second.call<{ id: number }>('campaigns.create', {
      name: 'Again',
      accountId: after[0]!.id,
      subject: 'Hi {{name}}',
      html: '<p>Hi {{name}}</p>',
      settings: fast,
      recipients: recipients(1),
    })
    await second.call('campaigns.start', { id: campaign.id })
    await waitForStatus(second, campaign.id, 'completed')
    expect(await second.call('inbox.list', {})).toHaveLength(1)
  })

  it('refuses anyone without the password of this start', async () => {
    const h = await start(tempDir())
    const [account] = await h.call<Account[]>('accounts.list')
    const connection = new SMTPConnection({
      host: '127.0.0.1',
      port: account!.port,
      ignoreTLS: true,
    })
    connection.on('error', () => {})
    await new Promise<void>((resolve, reject) =>
      connection.connect((e) => (e ? reject(e) : resolve())),
    )
    const error = await new Promise<{ responseCode?: number } | null>((resolve) =>
      connection.login({ user: 'outbox', pass: 'guess' }, (e) => resolve(e as never)),
    )
    connection.close()
    expect(error?.responseCode).toBe(535)
  })
})
