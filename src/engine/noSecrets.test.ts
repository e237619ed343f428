/**
 * Passwords and DKIM keys never reach the window (docs/architecture.md, "Security checklist").
 * The real engine on a real SQLite file, an account with a password and a DKIM key that has
 * really sent through an SMTP server asking for that password; then EVERY command of the
 * contract is called once, and no reply, no pushed event and no line of the text log holds the
 * password or any of the key.
 */
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { closeAfterTest, openEngine, waitForStatus } from '@test/support/engineHarness'
import { solidPng } from '@test/support/png'
import { reply, startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { commandChannels } from '@shared/channels'
import type { CommandChannel, CommandInput } from '@shared/types'
import { createLogFile } from './log/logFile'

vi.setConfig({ testTimeout: 60_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

const USER = 'ann'
const PASSWORD = 'Okapi-secret-4471-pw'
const SPARE_PASSWORD = 'Narwhal-secret-9034-pw'
const MAILBOX_PASSWORD = 'Pangolin-secret-5120-pw'
const pemOf = () =>
  generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString()
const KEY = pemOf()
const SPARE_KEY = pemOf()

/** The secrets as they could leak: as given, and as SMTP AUTH carries them (base64). */
function secretForms(): string[] {
  const keyLines = [KEY, SPARE_KEY].flatMap((pem) =>
    pem.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----')),
  )
  const b64 = (s: string) => Buffer.from(s).toString('base64')
  return [
    PASSWORD,
    SPARE_PASSWORD,
    MAILBOX_PASSWORD,
    b64(PASSWORD),
    b64(`\0${USER}\0${PASSWORD}`),
    ...keyLines,
    // The key's bits in any other encoding would still carry runs of its base64 text.
    ...keyLines.map((line) => line.slice(10, 42)),
  ]
}

function expectNoSecret(where: string, value: unknown): void {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  for (const secret of secretForms()) {
    expect(text.includes(secret), `${where} holds a secret (${secret.slice(0, 8)}…)`).toBe(false)
  }
  // Nor a sealed one: no field that could hold a secret in any form.
  if (typeof value !== 'string') {
    expect(text, where).not.toMatch(/"(secret|password|pass|privateKey|dkim_?key|sealed)"\s*:/i)
  }
}

interface Ids {
  account: number
  sent: number
  spare: number
  draft: number
}

type Inputs = { [C in CommandChannel]: (ids: Ids) => CommandInput<C> }

const csv = Buffer.from('email,name\nzoe@example.test,Zoe\n').toString('base64')
const png = solidPng(2, 2, [200, 30, 30]).toString('base64')

/** One call of every command, in an order where each finds something to work on. */
const inputs: Inputs = {
  'app.info': () => undefined,
  'engine.status': () => undefined,
  'settings.get': () => undefined,
  'settings.update': () => ({ language: 'en' }),
  'accounts.list': () => undefined,
  'accounts.testConnection': ({ account }) => ({ ...accountForm(0), id: account }),
  'accounts.create': () => ({
    ...accountForm(0),
    name: 'Spare',
    password: SPARE_PASSWORD,
    dkim: { domain: 'spare.example', selector: 's2', privateKey: SPARE_KEY },
    mailbox: { ...mailboxForm(), password: MAILBOX_PASSWORD },
  }),
  'accounts.update': ({ spare }) => ({ ...accountForm(0), id: spare, name: 'Spare 2' }),
  'campaigns.list': () => undefined,
  'campaigns.get': ({ sent }) => ({ id: sent }),
  'campaigns.progress': ({ sent }) => ({ campaignId: sent }),
  'campaigns.activity': ({ sent }) => ({ id: sent }),
  'campaigns.report': ({ sent }) => ({ id: sent }),
  'campaigns.recipients': ({ sent }) => ({ id: sent }),
  'deliveries.list': ({ sent }) => ({ campaignId: sent, state: 'failed' }),
  'deliveries.page': ({ sent }) => ({ campaignId: sent }),
  'log.list': () => ({}),
  'queue.snapshot': () => undefined,
  'inbox.list': () => ({}),
  'inbox.get': () => ({ id: 1 }),
  'recipients.parse': () => ({ dataBase64: csv }),
  'campaigns.create': ({ account }) => ({
    name: 'Draft',
    accountId: account,
    subject: 'Hi {{name}}',
    html: '<p>Hi {{name}}</p>',
    recipients: [{ email: 'yan@example.test', data: { name: 'Yan' } }],
  }),
  'campaigns.update': ({ draft }) => ({ id: draft, subject: 'Hello {{name}}' }),
  'campaigns.setRecipients': ({ draft }) => ({ id: draft, recipientsFile: { dataBase64: csv } }),
  'campaigns.addImage': ({ draft }) => ({
    id: draft,
    image: { cid: 'dot', filename: 'dot.png', contentType: 'image/png', dataBase64: png },
  }),
  'campaigns.image': ({ draft }) => ({ id: draft, cid: 'dot' }),
  'campaigns.removeImage': ({ draft }) => ({ id: draft, cid: 'dot' }),
  'campaigns.addAttachment': ({ draft }) => ({
    id: draft,
    attachment: { filename: 'a.txt', contentType: 'text/plain', dataBase64: 'aGk=' },
  }),
  'campaigns.removeAttachment': ({ draft }) => ({ id: draft, attachmentId: 1 }),
  'campaigns.content': ({ draft }) => ({ id: draft }),
  'campaigns.preflight': ({ draft }) => ({ id: draft }),
  'campaigns.preview': ({ draft }) => ({ id: draft }),
  'campaigns.testSend': ({ draft }) => ({ id: draft, to: 'check@example.test' }),
  'campaigns.duplicate': ({ draft }) => ({ id: draft }),
  'templates.saveFromCampaign': ({ draft }) => ({ campaignId: draft, name: 'Kept' }),
  'templates.list': () => undefined,
  'templates.use': ({ account }) => ({
    id: 1,
    name: 'From the template',
    accountId: account,
    settings: { delayMs: 0, concurrency: 1, maxAttempts: 1, backoffMs: 0, timeoutMs: 5000 },
  }),
  'templates.delete': () => ({ id: 1 }),
  'campaigns.schedule': ({ draft }) => ({
    id: draft,
    schedule: { at: Date.now() + 86_400_000, zone: 'Europe/Moscow', missedStart: 'ask' },
  }),
  'campaigns.unschedule': ({ draft }) => ({ id: draft }),
  'campaigns.start': ({ draft }) => ({ id: draft }),
  'campaigns.pause': ({ draft }) => ({ id: draft }),
  'campaigns.resume': ({ draft }) => ({ id: draft }),
  'campaigns.cancel': ({ draft }) => ({ id: draft }),
  'campaigns.delete': ({ draft }) => ({ id: draft }),
  'failed.retry': ({ sent }) => ({ campaignId: sent }),
  'failed.clear': ({ sent }) => ({ campaignId: sent }),
  'uncertain.resend': ({ sent }) => ({ campaignId: sent }),
  'uncertain.markSent': ({ sent }) => ({ campaignId: sent }),
  'suppressions.add': () => ({ emails: ['gone@example.test'] }),
  'suppressions.list': () => ({}),
  'suppressions.remove': () => ({ email: 'gone@example.test' }),
  'inbox.clear': () => undefined,
  'mailbox.test': ({ spare }) => ({ accountId: spare, mailbox: mailboxForm() }),
  'mailbox.checkNow': () => ({}),
  'mailbox.messages': ({ sent }) => ({ campaignId: sent }),
  'mailbox.get': () => ({ id: 1 }),
  'accounts.delete': ({ spare }) => ({ id: spare }),
}

/** A mailbox on a port nothing listens on: the test says so without repeating the password. */
function mailboxForm() {
  return { host: '127.0.0.1', port: 1, security: 'none' as const, username: 'box' }
}

let sinkPort = 0
function accountForm(delayMs: number) {
  return {
    name: 'Work',
    host: '127.0.0.1',
    port: sinkPort,
    security: 'none' as const,
    username: USER,
    password: PASSWORD,
    fromEmail: 'news@shop.example',
    dkim: { domain: 'shop.example', selector: 's1', privateKey: KEY },
    defaults: { delayMs, concurrency: 1 },
  }
}

describe('secrets never leave the engine', () => {
  it('calls every command once and finds no password or key in any reply, event or log line', async () => {
    const sink = await startSmtpSink({
      auth: { user: USER, pass: PASSWORD },
      rcpt: (to) => (to.startsWith('bad') ? reply(550, '5.1.1 user unknown') : null),
    })
    cleanup(() => sink.close())
    sinkPort = sink.port
    const dataDir = tempDir()
    const logFile = createLogFile({ dir: dataDir })
    const h = closeAfterTest(cleanup, openEngine(dataDir, { logFile }))
    h.engine.start()

    // A campaign really sent with the password and signed with the key: one sent, one refused.
    const account = await h.call<{ id: number; hasPassword: boolean }>(
      'accounts.create',
      accountForm(0),
    )
    expect(account.hasPassword).toBe(true)
    const campaign = await h.call<{ id: number }>('campaigns.create', {
      name: 'Sent',
      accountId: account.id,
      subject: 'Hi',
      html: '<p>Hi</p>',
      settings: { delayMs: 0, maxAttempts: 1, timeoutMs: 5000 },
      recipients: [{ email: 'ok@example.test' }, { email: 'bad@example.test' }],
    })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(sink.received[0]!.raw).toMatch(/^DKIM-Signature:/im) // the key was really used

    const ids: Ids = { account: account.id, sent: campaign.id, spare: 0, draft: 0 }
    const replies = new Map<string, unknown>()
    expect(Object.keys(inputs).sort()).toEqual([...commandChannels].sort())
    for (const [channel, input] of Object.entries(inputs) as [string, (ids: Ids) => unknown][]) {
      const answer = await h.engine.dispatch(channel, input(ids))
      replies.set(channel, answer)
      expectNoSecret(`the reply to ${channel}`, answer)
      if (!answer.ok) continue
      const value = answer.value as { id?: number }
      if (channel === 'accounts.create') ids.spare = value.id!
      if (channel === 'campaigns.create') ids.draft = value.id!
    }

    // Every command did its work (the test inbox is empty, so inbox.get has nothing to show;
    // the one failed send's address is on the do-not-send list, so failed.retry says so).
    const refused = [...replies].filter(([, answer]) => !(answer as { ok: boolean }).ok)
    expect(refused.map(([channel]) => channel)).toEqual([
      'inbox.get',
      'failed.retry',
      'mailbox.get',
    ])
    expect(replies.get('failed.retry')).toMatchObject({ error: { reason: 'delivery.suppressed' } })
    expect(replies.get('accounts.list')).toMatchObject({
      value: expect.arrayContaining([
        expect.objectContaining({
          hasPassword: true,
          dkim: expect.objectContaining({ hasKey: true }),
        }),
      ]),
    })
    expect(replies.get('accounts.testConnection')).toMatchObject({ ok: true, value: { ok: true } })
    expect(replies.get('mailbox.test')).toMatchObject({ ok: true, value: { ok: false } })
    expect(replies.get('campaigns.testSend')).toMatchObject({ ok: true, value: { ok: true } })
    expect(JSON.stringify(replies.get('log.list'))).toContain('user unknown')

    await h.engine.stop(1000)
    for (const event of h.events) expectNoSecret(`the event ${event.name}`, event)
    logFile.close()
    expectNoSecret('the text log', readFileSync(logFile.path, 'utf8'))
  })

  it('says why a login failed without repeating the password it tried', async () => {
    const sink = await startSmtpSink({ auth: { user: USER, pass: 'the-right-one' } })
    cleanup(() => sink.close())
    sinkPort = sink.port
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    const answer = await h.engine.dispatch('accounts.testConnection', accountForm(0))
    expect(answer).toMatchObject({ ok: true, value: { ok: false, reason: 'auth' } })
    expectNoSecret('a failed login', answer)
  })
})
