/** DKIM: every message of a signing account carries a signature that verifies, queue and test send. */
import { generateKeyPairSync } from 'node:crypto'
import { simpleParser } from 'mailparser'
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { dkimTags, verifyDkim } from '@test/support/dkimVerify'
import {
  closeAfterTest,
  createCampaign,
  openEngine,
  recipients,
  waitForStatus,
} from '@test/support/engineHarness'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()

async function signingEngine() {
  const sink = await startSmtpSink()
  cleanup(() => sink.close())
  const h = closeAfterTest(cleanup, openEngine(tempDir()))
  h.engine.start()
  const account = await h.call<{ id: number }>('accounts.create', {
    name: 'Signed',
    host: '127.0.0.1',
    port: sink.port,
    security: 'none',
    fromEmail: 'news@shop.example',
    dkim: { domain: 'Shop.Example', selector: 'mail2030', privateKey: pem },
  })
  return { h, sink, accountId: account.id }
}

describe('DKIM signing', () => {
  it('signs every queued message so that it verifies with the public key', async () => {
    const { h, sink, accountId } = await signingEngine()
    const campaign = await createCampaign(h, accountId, recipients(3))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')

    expect(sink.received).toHaveLength(3)
    for (const message of sink.received) {
      const parsed = await simpleParser(message.raw)
      const header = parsed.headerLines.find((l) => l.key === 'dkim-signature')?.line ?? ''
      expect(header).toMatch(/d=shop\.example/)
      expect(header).toMatch(/s=mail2030/)
      expect(dkimTags(message.raw)).toMatchObject({ a: 'rsa-sha256', c: 'relaxed/relaxed' })
      expect(dkimTags(message.raw).h).toMatch(/from.*subject.*message-id/i)
      expect(verifyDkim(message.raw, publicKey)).toEqual({
        signed: true,
        bodyHashOk: true,
        signatureOk: true,
      })
    }
  })

  it('a changed body or header no longer verifies (the check has teeth)', async () => {
    const { h, sink, accountId } = await signingEngine()
    const campaign = await createCampaign(h, accountId, recipients(1))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    const raw = sink.received[0]!.raw
    expect(verifyDkim(raw.replace('Hi R0', 'Hi R9'), publicKey).bodyHashOk).toBe(false)
    expect(
      verifyDkim(raw.replace('Subject: Hello R0', 'Subject: Hello R9'), publicKey),
    ).toMatchObject({
      bodyHashOk: true,
      signatureOk: false,
    })
    const other = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey
    expect(verifyDkim(raw, other).signatureOk).toBe(false)
  })

  it('signs the test send too, and counts it against the caps', async () => {
    const { h, sink, accountId } = await signingEngine()
    const campaign = await createCampaign(h, accountId, recipients(1))
    await h.call('campaigns.testSend', { id: campaign.id, to: 'me@example.com' })
    expect(verifyDkim(sink.received[0]!.raw, publicKey)).toMatchObject({ signatureOk: true })
    const [account] = await h.call<{ usage: { lastHour: number } }[]>('accounts.list')
    expect(account!.usage.lastHour).toBe(1)
  })

  it('an account without DKIM sends unsigned', async () => {
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    const account = await h.call<{ id: number; dkim: unknown }>('accounts.create', {
      name: 'Plain',
      host: '127.0.0.1',
      port: sink.port,
      security: 'none',
      fromEmail: 'news@shop.example',
    })
    expect(account.dkim).toBeNull()
    const campaign = await createCampaign(h, account.id, recipients(1))
    await h.call('campaigns.testSend', { id: campaign.id, to: 'me@example.com' })
    expect(sink.received[0]!.raw).not.toMatch(/^DKIM-Signature:/im)
  })
})
