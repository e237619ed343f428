/** accounts.*: editing and removing, what stays stored, and secrets that never come out. */
import { generateKeyPairSync } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  closeAfterTest,
  createCampaign,
  openEngine,
  recipients,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { databasePath } from './db/open'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

const PASSWORD = 'Zebra-pw-8137-unique'
const NEW_PASSWORD = 'Quokka-pw-2291-unique'
const pem = generateKeyPairSync('rsa', { modulusLength: 2048 })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString()
/** A distinctive run of the key's base64, to look for in responses and in the file. */
const KEY_SLICE = pem.split('\n')[5]!.slice(0, 40)

type AccountOut = {
  id: number
  hasPassword: boolean
  dkim: { domain: string; selector: string; hasKey: boolean } | null
  defaults: { delayMs: number; concurrency: number }
  hourlyCap: number | null
  dailyCap: number | null
  usage: { lastHour: number; lastDay: number }
}

async function setup(dir = tempDir()) {
  const sink = await startSmtpSink({ auth: { user: 'ann', pass: PASSWORD } })
  cleanup(() => sink.close())
  const h = closeAfterTest(cleanup, openEngine(dir))
  const form = {
    name: 'Work',
    host: '127.0.0.1',
    port: sink.port,
    security: 'none',
    username: 'ann',
    password: PASSWORD,
    fromEmail: 'news@shop.example',
    dkim: { domain: 'shop.example', selector: 's1', privateKey: pem },
    defaults: { delayMs: 500, concurrency: 3 },
    hourlyCap: 100,
    dailyCap: 1000,
  }
  const account = await h.call<AccountOut>('accounts.create', form)
  return { h, sink, form, account }
}

function omitPassword<T extends { password?: unknown }>(form: T): Omit<T, 'password'> {
  const copy = { ...form }
  delete copy.password
  return copy
}

async function failure(h: Harness, channel: string, input: unknown) {
  const reply = await h.engine.dispatch(channel, input)
  if (reply.ok) throw new Error(`${channel} succeeded`)
  return reply.error
}

describe('accounts.create', () => {
  it('stores DKIM, defaults and caps, and shows only that a key and a password are set', async () => {
    const { account } = await setup()
    expect(account).toMatchObject({
      hasPassword: true,
      dkim: { domain: 'shop.example', selector: 's1', hasKey: true },
      defaults: { delayMs: 500, concurrency: 3 },
      hourlyCap: 100,
      dailyCap: 1000,
      usage: { lastHour: 0, lastDay: 0 },
    })
  })

  it('refuses a DKIM block without a key, and keys that cannot sign, saying why', async () => {
    const { h, form } = await setup()
    const withKey = (privateKey: string | null) => ({
      ...form,
      dkim: { ...form.dkim, privateKey },
    })
    expect(await failure(h, 'accounts.create', withKey(null))).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('needs a private key'),
    })
    expect(await failure(h, 'accounts.create', withKey('not a key'))).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('PEM'),
    })
    const broken = `${pem.slice(0, 300)}\n-----END PRIVATE KEY-----\n`
    expect((await failure(h, 'accounts.create', withKey(broken))).message).toMatch(/cannot be read/)
    const ed25519 = generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    expect(await failure(h, 'accounts.create', withKey(ed25519))).toMatchObject({
      message: expect.stringMatching(/RSA/),
      reason: 'dkim.notRsa',
      params: { type: 'ed25519' },
    })
    const short = generateKeyPairSync('rsa', { modulusLength: 512 })
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString()
    expect(await failure(h, 'accounts.create', withKey(short))).toMatchObject({
      message: expect.stringMatching(/512 bits/),
      // The window words it from these, in the user's language.
      reason: 'dkim.tooShort',
      params: { bits: 512, min: 1024 },
    })
    expect(await h.call<unknown[]>('accounts.list')).toHaveLength(1)
  })
})

describe('accounts.update', () => {
  it('an absent password keeps the stored one, a string replaces it, null removes it', async () => {
    const { h, sink, form, account } = await setup()
    const withoutPassword = omitPassword(form)
    const kept = await h.call<AccountOut>('accounts.update', {
      ...withoutPassword,
      id: account.id,
      name: 'Renamed',
    })
    expect(kept).toMatchObject({ hasPassword: true })
    const test = () =>
      h.call<{ ok: boolean }>('accounts.testConnection', { ...withoutPassword, id: account.id })
    expect(await test()).toMatchObject({ ok: true })

    await h.call('accounts.update', { ...form, id: account.id, password: NEW_PASSWORD })
    expect(await test()).toMatchObject({ ok: false, reason: 'auth' })
    sink.script.auth!.pass = NEW_PASSWORD
    expect(await test()).toMatchObject({ ok: true })

    const removed = await h.call<AccountOut>('accounts.update', {
      ...form,
      id: account.id,
      password: null,
    })
    expect(removed.hasPassword).toBe(false)
  })

  it('DKIM with a null key keeps the stored key; DKIM null removes it', async () => {
    const { h, form, account } = await setup()
    const sealedKey = () =>
      h.db.prepare('SELECT dkim_key FROM accounts WHERE id = ?').pluck().get(account.id)
    const before = sealedKey()
    const kept = await h.call<AccountOut>('accounts.update', {
      ...form,
      id: account.id,
      dkim: { domain: 'shop.example', selector: 's2', privateKey: null },
    })
    expect(kept.dkim).toEqual({ domain: 'shop.example', selector: 's2', hasKey: true })
    expect(sealedKey()).toBe(before)

    const removed = await h.call<AccountOut>('accounts.update', {
      ...form,
      id: account.id,
      dkim: null,
    })
    expect(removed.dkim).toBeNull()
    expect(sealedKey()).toBeNull()
    // With no key stored, a DKIM block must bring one.
    expect(
      await failure(h, 'accounts.update', {
        ...form,
        id: account.id,
        dkim: { domain: 'shop.example', selector: 's2', privateKey: null },
      }),
    ).toMatchObject({ code: 'invalid_input' })
  })
})

describe('the built-in test inbox account', () => {
  it('cannot be edited or deleted', async () => {
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    await h.engine.startTestInbox()
    const [builtin] = await h.call<{ id: number; builtin: boolean }[]>('accounts.list')
    expect(builtin!.builtin).toBe(true)
    const edit = await failure(h, 'accounts.update', {
      id: builtin!.id,
      name: 'Mine now',
      host: '127.0.0.1',
      port: 25,
      security: 'none',
      fromEmail: 'me@example.com',
    })
    expect(edit).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/built into Outbox.*edited/),
    })
    expect(await failure(h, 'accounts.delete', { id: builtin!.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/built into Outbox.*deleted/),
    })
  })
})

describe('accounts.delete', () => {
  it('is refused while an unfinished campaign uses the account, naming it', async () => {
    const { h, account } = await setup()
    h.engine.start()
    const campaign = await createCampaign(h, account.id, recipients(2))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    const draft = await createCampaign(h, account.id, recipients(2))
    expect(await failure(h, 'accounts.delete', { id: account.id })).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('"Test campaign" (draft)'),
    })
    await h.call('campaigns.delete', { id: draft.id })

    expect(await h.call('accounts.delete', { id: account.id })).toEqual({ count: 1 })
    expect(await h.call('accounts.list')).toEqual([])
    // The finished campaign keeps its history and its account id.
    expect(await h.call('campaigns.get', { id: campaign.id })).toMatchObject({
      accountId: account.id,
      status: 'completed',
    })
    // Nothing goes back to its queue either.
    expect(await failure(h, 'failed.retry', { campaignId: campaign.id })).toMatchObject({
      code: 'not_found',
    })
    // A deleted account takes no new campaign, no edit, and keeps no secret.
    expect(
      await failure(h, 'campaigns.create', {
        name: 'Later',
        accountId: account.id,
        subject: 'S',
        html: '<p>x</p>',
        recipients: recipients(1),
      }),
    ).toMatchObject({ code: 'not_found', message: expect.stringContaining('was deleted') })
    expect(await failure(h, 'accounts.delete', { id: account.id })).toMatchObject({
      code: 'not_found',
    })
    const row = h.db.prepare('SELECT secret, dkim_key FROM accounts WHERE id = ?').get(account.id)
    expect(row).toEqual({ secret: null, dkim_key: null })
  })
})

describe('secrets', () => {
  it('never appear in any accounts.* response, nor in plain text in the database file', async () => {
    const dir = tempDir()
    const { h, form, account } = await setup(dir)
    const withoutPassword = omitPassword(form)
    const responses: unknown[] = [account]
    responses.push(await h.call('accounts.list'))
    responses.push(await h.call('accounts.update', { ...form, id: account.id }))
    responses.push(await h.call('accounts.update', { ...withoutPassword, id: account.id }))
    responses.push(await h.call('accounts.testConnection', { ...withoutPassword, id: account.id }))
    responses.push(await h.call('accounts.testConnection', form))
    responses.push(await failure(h, 'accounts.testConnection', { ...form, port: 0 }))
    const other = await h.call<AccountOut>('accounts.create', { ...form, name: 'Other' })
    responses.push(other, await h.call('accounts.delete', { id: other.id }))
    for (const response of responses) {
      const json = JSON.stringify(response)
      expect(json).not.toContain(PASSWORD)
      expect(json).not.toContain(KEY_SLICE)
      expect(json).not.toMatch(/"(secret|privateKey|password|dkim_key)"/i)
    }

    const file = databasePath(dir)
    const bytes = () =>
      [file, `${file}-wal`]
        .filter((f) => existsSync(f))
        .map((f) => readFileSync(f).toString('latin1'))
        .join('')
    for (const content of [bytes(), (h.db.close(), bytes())]) {
      expect(content).toContain('shop.example') // the file is readable: the search means something
      expect(content).not.toContain(PASSWORD)
      expect(content).not.toContain(KEY_SLICE)
      expect(content).not.toContain('PRIVATE KEY')
    }
  })
})

describe('accounts.testConnection', () => {
  it('is bounded by the engine’s timeout', async () => {
    const h = closeAfterTest(cleanup, openEngine(tempDir(), { connectionTestTimeoutMs: 300 }))
    const { createServer } = await import('node:net')
    const silent = createServer((s) => s.on('error', () => {}))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    cleanup(() => new Promise<void>((resolve) => silent.close(() => resolve())))
    const port = (silent.address() as { port: number }).port
    const result = await h.call<{ reason: string; elapsedMs: number }>('accounts.testConnection', {
      name: 'Silent',
      host: '127.0.0.1',
      port,
      security: 'none',
      fromEmail: 'a@example.com',
    })
    expect(result.reason).toBe('timeout')
    expect(result.elapsedMs).toBeLessThan(3000)
  })
})
