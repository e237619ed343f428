/**
 * The sender check's DNS findings, through the real engine on a real SQLite file, against a DNS
 * server on 127.0.0.1 with prepared records: aligned, misaligned, missing, a key that does not
 * match, a server that answers nothing, a record that never comes.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import type { SenderCheck, SenderFinding } from '@shared/contract'
import { useCleanups } from '@test/support/cleanups'
import { deadDnsAddress, startDnsServer, type Zone } from '@test/support/dnsServer'
import { closeAfterTest, openEngine, type Harness } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()

const keyPair = () => generateKeyPairSync('rsa', { modulusLength: 2048 })
const KEY = keyPair()
const OTHER = keyPair()
const pem = (pair: typeof KEY) =>
  pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
const published = (pair: typeof KEY) =>
  `v=DKIM1; k=rsa; p=${createPublicKey(pair.privateKey).export({ type: 'spki', format: 'der' }).toString('base64')}`

const zone: Zone = {
  // Everything in order.
  'shop.example': { TXT: ['v=spf1 ip4:192.0.2.10 -all', 'google-site-verification=x'] },
  'smtp.shop.example': { A: ['192.0.2.10'] },
  's1._domainkey.shop.example': { TXT: [published(KEY)] },
  '_dmarc.shop.example': { TXT: ['v=DMARC1; p=quarantine; rua=mailto:d@shop.example'] },
  // A server the SPF record does not name.
  'relay.elsewhere.example': { A: ['198.51.100.7'], AAAA: ['2001:db8::7'] },
  // No SPF, no DKIM record, no DMARC.
  'bare.example': { A: ['192.0.2.20'] },
  'smtp.bare.example': { A: ['192.0.2.20'] },
  // A DKIM record with another key.
  'rekeyed.example': { TXT: ['v=spf1 a:smtp.rekeyed.example ~all'] },
  'smtp.rekeyed.example': { A: ['192.0.2.30'] },
  's1._domainkey.rekeyed.example': { TXT: [published(OTHER)] },
  '_dmarc.rekeyed.example': { TXT: ['v=DMARC1; p=none'] },
  // A brand whose From goes out through an ESP's envelope and signature: not aligned.
  'brand.example': { TXT: ['v=spf1 -all'] },
  '_dmarc.brand.example': { TXT: ['v=DMARC1; p=reject; adkim=s; aspf=s'] },
  'esp.example': { TXT: ['v=spf1 ip4:203.0.113.0/24 -all'] },
  'smtp.esp.example': { A: ['203.0.113.5'] },
  'k1._domainkey.esp.example': { TXT: [published(OTHER)] },
  // A DMARC record its server fails to give.
  'flaky.example': { TXT: ['v=spf1 ip4:192.0.2.50 -all'] },
  'smtp.flaky.example': { A: ['192.0.2.50'] },
  // A DMARC record that never comes.
  'slow.example': { TXT: ['v=spf1 ip4:192.0.2.40 -all'] },
  'smtp.slow.example': { A: ['192.0.2.40'] },
}

async function engineWith(dnsServers: string[], dnsTimeoutMs = 1000): Promise<Harness> {
  return closeAfterTest(cleanup, openEngine(tempDir(), { dnsServers, dnsTimeoutMs }))
}

async function localDns(): Promise<string> {
  const server = await startDnsServer(zone, {
    silent: ['_dmarc.slow.example'],
    servfail: ['_dmarc.flaky.example'],
  })
  cleanup(() => server.close())
  return server.address
}

async function account(
  h: Harness,
  name: string,
  host: string,
  fromEmail: string,
  dkim?: { domain: string; selector: string; privateKey: string },
) {
  const input = { name, host, port: 587, security: 'starttls', fromEmail, ...(dkim && { dkim }) }
  return (await h.call<{ id: number }>('accounts.create', input)).id
}

async function check(h: Harness, accountIds: number[], fromAccountId: number | null = null) {
  const campaign = await h.call<{ id: number }>('campaigns.create', {
    name: 'c',
    accountId: accountIds[0],
    accountIds,
    policy: { fromAccountId },
    subject: 'Hi',
    html: '<p>Hi</p>',
    recipients: [{ email: 'r@example.test' }],
  })
  return h.call<SenderCheck>('campaigns.senderCheck', { id: campaign.id })
}

const dnsFindings = (result: SenderCheck) =>
  result.findings.filter((f) => /^(spf|dkim|dmarc|dns)\./.test(f.code))
const finding = (result: SenderCheck, prefix: string) =>
  dnsFindings(result).filter((f) => f.code.startsWith(prefix))

describe('campaigns.senderCheck: SPF, DKIM and DMARC', () => {
  it('finds everything in order: SPF allows the server, the key matches, DMARC aligns', async () => {
    const h = await engineWith([await localDns()])
    const id = await account(h, 'Shop', 'smtp.shop.example', 'news@shop.example', {
      domain: 'shop.example',
      selector: 's1',
      privateKey: pem(KEY),
    })
    const result = await check(h, [id])
    expect(dnsFindings(result)).toEqual<SenderFinding[]>([
      {
        code: 'spf.pass',
        severity: 'ok',
        params: {
          account: 'Shop',
          domain: 'shop.example',
          host: 'smtp.shop.example',
          addresses: '192.0.2.10',
        },
      },
      {
        code: 'dkim.match',
        severity: 'ok',
        params: { account: 'Shop', domain: 'shop.example', selector: 's1' },
      },
      {
        code: 'dmarc.aligned',
        severity: 'ok',
        params: { account: 'Shop', domain: 'shop.example', policy: 'quarantine', via: 'both' },
      },
    ])
    expect(result.checkedAt).toBeGreaterThan(0)
  })

  it('warns when SPF does not name the server, and names its addresses and the verdict', async () => {
    const h = await engineWith([await localDns()])
    const id = await account(h, 'Relay', 'relay.elsewhere.example', 'news@shop.example', {
      domain: 'shop.example',
      selector: 's1',
      privateKey: pem(KEY),
    })
    const result = await check(h, [id])
    expect(finding(result, 'spf.')).toEqual([
      {
        code: 'spf.notAllowed',
        severity: 'warning',
        params: {
          account: 'Relay',
          domain: 'shop.example',
          host: 'relay.elsewhere.example',
          addresses: '198.51.100.7, 2001:db8::7',
          result: 'fail',
        },
      },
    ])
    // DMARC compares domains: both line up with the From; that SPF fails is SPF's finding.
    expect(finding(result, 'dmarc.')[0]).toMatchObject({
      code: 'dmarc.aligned',
      params: { via: 'both' },
    })
  })

  it('warns of what is missing: no SPF, no DKIM record, no DMARC', async () => {
    const h = await engineWith([await localDns()])
    const id = await account(h, 'Bare', 'smtp.bare.example', 'hi@bare.example', {
      domain: 'bare.example',
      selector: 's1',
      privateKey: pem(KEY),
    })
    const result = await check(h, [id])
    expect(dnsFindings(result).map((f) => [f.code, f.severity])).toEqual([
      ['spf.missing', 'warning'],
      ['dkim.missing', 'warning'],
      ['dmarc.missing', 'warning'],
    ])
    expect(finding(result, 'dkim.')[0]!.params).toEqual({
      account: 'Bare',
      domain: 'bare.example',
      selector: 's1',
    })
  })

  it('warns when the published DKIM key is not the stored one, and when there is no DKIM', async () => {
    const h = await engineWith([await localDns()])
    const rekeyed = await account(h, 'Rekeyed', 'smtp.rekeyed.example', 'a@rekeyed.example', {
      domain: 'rekeyed.example',
      selector: 's1',
      privateKey: pem(KEY),
    })
    expect(finding(await check(h, [rekeyed]), 'dkim.')).toEqual([
      {
        code: 'dkim.mismatch',
        severity: 'warning',
        params: { account: 'Rekeyed', domain: 'rekeyed.example', selector: 's1' },
      },
    ])
    const unsigned = await account(h, 'Unsigned', 'smtp.shop.example', 'news@shop.example')
    const result = await check(h, [unsigned])
    expect(finding(result, 'dkim.')).toEqual([
      {
        code: 'dkim.notConfigured',
        severity: 'warning',
        params: { account: 'Unsigned', domain: 'shop.example' },
      },
    ])
    // SPF alone still aligns.
    expect(finding(result, 'dmarc.')[0]).toMatchObject({ params: { via: 'spf' } })
  })

  it('finds a From that aligns with neither the signature nor the envelope (strict DMARC)', async () => {
    const h = await engineWith([await localDns()])
    const esp = await account(h, 'ESP', 'smtp.esp.example', 'bounce@esp.example', {
      domain: 'esp.example',
      selector: 'k1',
      privateKey: pem(OTHER),
    })
    const brand = await account(h, 'Brand', 'smtp.esp.example', 'hello@brand.example', {
      domain: 'esp.example',
      selector: 'k1',
      privateKey: pem(OTHER),
    })
    // Every message carries Brand's From; ESP's envelope goes with the ones ESP sends.
    const result = await check(h, [esp, brand], brand)
    expect(finding(result, 'dmarc.')).toEqual([
      {
        code: 'dmarc.misaligned',
        severity: 'warning',
        params: {
          account: 'Brand',
          domain: 'brand.example',
          policy: 'reject',
          dkimDomain: 'esp.example',
          envelopeDomain: 'esp.example',
          mode: 'strict',
        },
      },
      // Through Brand itself the envelope is brand.example: aligned, though SPF fails there.
      {
        code: 'dmarc.aligned',
        severity: 'ok',
        params: { account: 'Brand', domain: 'brand.example', policy: 'reject', via: 'spf' },
      },
    ])
    // One DKIM check for the one From account, however many accounts send.
    expect(finding(result, 'dkim.')).toEqual([
      expect.objectContaining({
        code: 'dkim.match',
        params: expect.objectContaining({ account: 'Brand' }),
      }),
    ])
    expect(finding(result, 'spf.').map((f) => [f.code, f.params.account])).toEqual([
      ['spf.pass', 'ESP'],
      ['spf.notAllowed', 'Brand'],
    ])
  })

  it('says it could not look when no DNS server answers, within the bound', async () => {
    const h = await engineWith([await deadDnsAddress()], 500)
    const id = await account(h, 'Shop', 'smtp.shop.example', 'news@shop.example', {
      domain: 'shop.example',
      selector: 's1',
      privateKey: pem(KEY),
    })
    const started = Date.now()
    const result = await check(h, [id])
    expect(Date.now() - started).toBeLessThan(3000)
    expect(dnsFindings(result).map((f) => [f.code, f.severity, f.params.reason])).toEqual([
      ['spf.unknown', 'unknown', 'unreachable'],
      ['dkim.unknown', 'unknown', 'unreachable'],
      ['dmarc.unknown', 'unknown', 'unreachable'],
    ])
    // The message checks do not need DNS.
    expect(result.findings.some((f) => f.code === 'size.ok')).toBe(true)
  })

  it('bounds a record that never comes (a timeout) and says when the server fails (SERVFAIL)', async () => {
    const h = await engineWith([await localDns()], 300)
    const id = await account(h, 'Slow', 'smtp.slow.example', 'a@slow.example')
    const result = await check(h, [id])
    expect(dnsFindings(result).map((f) => [f.code, f.params.reason ?? null])).toEqual([
      ['spf.pass', null],
      ['dkim.notConfigured', null],
      ['dmarc.unknown', 'timeout'],
    ])
    const flaky = await account(h, 'Flaky', 'smtp.flaky.example', 'a@flaky.example')
    expect(finding(await check(h, [flaky]), 'dmarc.')).toEqual([
      {
        code: 'dmarc.unknown',
        severity: 'unknown',
        params: {
          account: 'Flaky',
          domain: 'flaky.example',
          reason: 'servfail',
          detail: 'ESERVFAIL',
        },
      },
    ])
  })

  it('says the DNS checks do not apply to the built-in test inbox, nor to a local relay', async () => {
    const h = await engineWith([await localDns()])
    await h.engine.startTestInbox()
    const accounts = await h.call<{ id: number; builtin: boolean; name: string }[]>('accounts.list')
    const inbox = accounts.find((a) => a.builtin)!
    expect(dnsFindings(await check(h, [inbox.id]))).toEqual([
      { code: 'dns.notApplicable', severity: 'ok', params: { account: inbox.name } },
    ])
    const relay = await account(h, 'Relay', '127.0.0.1', 'news@shop.example')
    expect(finding(await check(h, [relay]), 'spf.')).toEqual([
      {
        code: 'spf.localRelay',
        severity: 'unknown',
        params: { account: 'Relay', domain: 'shop.example', host: '127.0.0.1' },
      },
    ])
  })
})
