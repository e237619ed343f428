/**
 * The sender check's message findings, on the first recipient's message as the queue renders it
 * (real engine, real SQLite file): Gmail's clipping size, images without alt, http links,
 * one-click unsubscribe, and a free-mail From above the bulk line.
 */
import { describe, expect, it } from 'vitest'
import type { SenderCheck } from '@shared/contract'
import { useCleanups } from '@test/support/cleanups'
import { deadDnsAddress } from '@test/support/dnsServer'
import { closeAfterTest, openEngine, recipients, type Harness } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'
import { BULK_RECIPIENTS } from './freeMail'

const tempDir = useTempDir()
const cleanup = useCleanups()

// DNS is not what these tests look at: a server that answers nothing answers at once.
async function engine(): Promise<Harness> {
  return closeAfterTest(
    cleanup,
    openEngine(tempDir(), { dnsServers: [await deadDnsAddress()], dnsTimeoutMs: 300 }),
  )
}

async function checkOf(
  html: string,
  extra: Record<string, unknown> = {},
  fromEmail = 'news@shop.example',
  count = 1,
) {
  const h = await engine()
  const account = await h.call<{ id: number }>('accounts.create', {
    name: 'Shop',
    host: 'smtp.shop.example',
    port: 587,
    security: 'starttls',
    fromEmail,
  })
  const campaign = await h.call<{ id: number }>('campaigns.create', {
    name: 'c',
    accountId: account.id,
    subject: 'Hi {{name}}',
    html,
    recipients: recipients(count),
    ...extra,
  })
  const result = await h.call<SenderCheck>('campaigns.senderCheck', { id: campaign.id })
  return result.findings.filter((f) => !/^(spf|dkim|dmarc|dns)\./.test(f.code))
}

const oneClick = { unsubscribe: { mailto: null, url: 'https://shop.example/u?e={{email}}' } }

describe('campaigns.senderCheck: the message', () => {
  it('passes a small letter with alt text, https links and one-click unsubscribe', async () => {
    const html =
      '<p>Hi {{name}}</p><img src="https://shop.example/a.png" alt="Logo"><img src="x.png" alt="">' +
      '<a href="https://shop.example/">Shop</a> <a href="mailto:a@shop.example">Write</a>'
    expect(await checkOf(html, oneClick)).toEqual([
      { code: 'size.ok', severity: 'ok', params: { kb: 1 } },
      { code: 'alt.ok', severity: 'ok', params: { count: 2 } },
      { code: 'links.ok', severity: 'ok', params: { count: 1 } },
      { code: 'unsubscribe.oneClick', severity: 'ok', params: {} },
    ])
  })

  it('warns of HTML Gmail clips, images without alt and http links', async () => {
    const filler = `<p>${'Lorem ipsum dolor sit amet. '.repeat(4000)}</p>` // about 110 KB
    const html =
      `<p>Hi {{name}}</p>${filler}<img src="cid:logo"><img src="https://shop.example/b.png">` +
      '<a href="http://shop.example/sale">Sale</a><a href="HTTP://shop.example/old">Old</a>'
    const findings = await checkOf(html, oneClick)
    expect(findings).toEqual([
      { code: 'size.clipped', severity: 'warning', params: { kb: 110, limitKb: 102 } },
      {
        code: 'alt.missing',
        severity: 'warning',
        params: { count: 2, examples: 'cid:logo, https://shop.example/b.png' },
      },
      {
        code: 'links.http',
        severity: 'warning',
        params: { count: 2, examples: 'http://shop.example/sale, HTTP://shop.example/old' },
      },
      { code: 'unsubscribe.oneClick', severity: 'ok', params: {} },
    ])
  })

  it('warns when the unsubscribe is a mailto only, or missing', async () => {
    const mailto = { unsubscribe: { mailto: 'leave@shop.example', url: null } }
    expect(await checkOf('<p>Hi</p>', mailto)).toContainEqual({
      code: 'unsubscribe.mailtoOnly',
      severity: 'warning',
      params: { mailto: 'leave@shop.example' },
    })
    expect(await checkOf('<p>Hi</p>')).toContainEqual({
      code: 'unsubscribe.none',
      severity: 'warning',
      params: {},
    })
  })

  it('warns of a free-mail From only above the bulk line', async () => {
    expect(
      (await checkOf('<p>Hi</p>', oneClick, 'me@bk.ru', BULK_RECIPIENTS)).map((f) => f.code),
    ).not.toContain('freeMail.bulk')
    expect(
      await checkOf('<p>Hi</p>', oneClick, 'Me@Gmail.com', BULK_RECIPIENTS + 1),
    ).toContainEqual({
      code: 'freeMail.bulk',
      severity: 'warning',
      params: { account: 'Shop', domain: 'gmail.com', recipients: 101, threshold: 100 },
    })
    // A company's own domain is never free mail, however many recipients.
    expect(
      (await checkOf('<p>Hi</p>', oneClick, 'news@shop.example', 150)).map((f) => f.code),
    ).not.toContain('freeMail.bulk')
  })

  it('says it could not look when the first recipient’s message does not render', async () => {
    expect(await checkOf('<p>{{missing}}</p>')).toEqual([
      {
        code: 'content.unknown',
        severity: 'unknown',
        params: { reason: 'render', detail: expect.stringContaining('missing') },
      },
    ])
  })
})
