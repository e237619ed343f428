/**
 * What a recipient of an authored campaign receives, read back with mailparser from what a
 * real SMTP server got: inline images, the text part, attachments, List-Unsubscribe, the
 * preheader and the tagged links.
 */
import { simpleParser, type ParsedMail } from 'mailparser'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  fast,
  openEngine,
  waitForStatus,
} from '@test/support/engineHarness'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const PDF = Buffer.from('%PDF-1.4 price list').toString('base64')

/** Runs a whole campaign through the queue; each received message, parsed (cid: links kept), by address. */
async function run(extra: Record<string, unknown>): Promise<Map<string, ParsedMail>> {
  const sink = await startSmtpSink()
  cleanup(() => sink.close())
  const h = closeAfterTest(cleanup, openEngine(tempDir()))
  h.engine.start()
  const account = await addAccount(h, sink.port)
  const { id } = await h.call<{ id: number }>('campaigns.create', {
    name: 'Authored',
    accountId: account.id,
    subject: 'News for {{name}}',
    html: '<h1>Hello {{name}}</h1><img src="cid:logo"><a href="{{unsubscribeUrl}}">Unsubscribe</a>',
    settings: fast,
    recipients: [{ email: 'ann@example.test', data: { name: 'Ann' } }],
    ...extra,
  })
  await h.call('campaigns.start', { id })
  await waitForStatus(h, id, 'completed')
  const parsed = new Map<string, ParsedMail>()
  for (const m of sink.received) parsed.set(m.to, await simpleParser(m.raw, { keepCidLinks: true }))
  return parsed
}

/** Header lines as received, unfolded, by lower-case name. */
const headerLine = (mail: ParsedMail, key: string) =>
  mail.headerLines.find((l) => l.key === key)?.line.replace(/\r?\n[ \t]+/g, ' ')

describe('an authored campaign, as received', () => {
  it('carries the image inline and referenced by the HTML, a text part, the attachment as a regular file, and List-Unsubscribe with One-Click', async () => {
    const received = await run({
      images: [{ cid: 'logo', filename: 'logo.png', contentType: 'image/png', dataBase64: PNG }],
      attachments: [{ filename: 'prices.pdf', contentType: 'application/pdf', dataBase64: PDF }],
      unsubscribe: { mailto: 'leave@example.test', url: 'https://example.test/u?e={{email}}' },
    })
    const mail = received.get('ann@example.test')!
    expect(mail.subject).toBe('News for Ann')
    expect(mail.html).toContain('<img src="cid:logo">')
    // {{unsubscribeUrl}} is escaped like any value in HTML: = becomes &#x3D;, read back as =.
    expect(mail.html).toContain('<a href="https://example.test/u?e&#x3D;ann@example.test">')
    expect(mail.text).toMatch(/Hello Ann/) // headings keep their case (see render.ts)
    expect(mail.text).toContain('Unsubscribe [https://example.test/u?e=ann@example.test]')

    const [logo, prices] = [
      mail.attachments.find((a) => a.filename === 'logo.png')!,
      mail.attachments.find((a) => a.filename === 'prices.pdf')!,
    ]
    expect(logo).toMatchObject({ cid: 'logo', contentDisposition: 'inline', related: true })
    expect(logo.content.toString('base64')).toBe(PNG)
    expect(prices).toMatchObject({
      contentDisposition: 'attachment',
      contentType: 'application/pdf',
    })
    expect(prices.related).toBeFalsy()
    expect(prices.cid).toBeUndefined()
    expect(prices.content.toString()).toBe('%PDF-1.4 price list')

    // The mailto's subject names the delivery: its Message-ID's local part.
    const token = mail.messageId!.replace(/^<|@.*$/g, '')
    expect(headerLine(mail, 'list-unsubscribe')).toBe(
      `List-Unsubscribe: <mailto:leave@example.test?subject=unsubscribe-${token}>, <https://example.test/u?e=ann@example.test>`,
    )
    expect(headerLine(mail, 'list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    )
  })

  it('has no unsubscribe headers when none is configured, and no attachment part without files', async () => {
    const received = await run({
      html: '<p>Hello {{name}}</p><a href="https://example.test/u">Unsubscribe</a>',
    })
    const mail = received.get('ann@example.test')!
    expect(headerLine(mail, 'list-unsubscribe')).toBeUndefined()
    expect(headerLine(mail, 'list-unsubscribe-post')).toBeUndefined()
    expect(mail.attachments).toEqual([])
    expect(mail.text).toContain('Hello Ann')
  })

  it('keeps recipient data in the link from adding a header', async () => {
    const received = await run({
      recipients: [{ email: 'eve@example.test', data: { name: 'Eve\r\nBcc: spy@evil.test' } }],
      unsubscribe: { mailto: null, url: 'https://example.test/u?n={{name}}' },
    })
    const mail = received.get('eve@example.test')!
    expect(mail.headerLines.map((l) => l.key)).not.toContain('bcc')
    expect(headerLine(mail, 'list-unsubscribe')).toBe(
      'List-Unsubscribe: <https://example.test/u?n=Eve%0D%0ABcc:%20spy@evil.test>',
    )
  })

  it('has the preheader hidden first in the body and its links tagged, the way out untouched', async () => {
    const received = await run({
      html: '<!DOCTYPE html><html><body style="margin:0"><h1>Hello {{name}}</h1><a href="https://shop.test/sale?id=7#top">Sale</a> <a href="mailto:help@shop.test">Help</a> <a href="{{unsubscribeUrl}}">Unsubscribe</a></body></html>',
      preheader: 'Spring offers for {{name}} & friends',
      linkTagging: { source: 'newsletter', medium: 'email', campaign: 'Весна {{name}}' },
      unsubscribe: { mailto: null, url: 'https://shop.test/u?e={{email}}' },
    })
    const mail = received.get('ann@example.test')!
    const html = String(mail.html)
    const body = '<!DOCTYPE html><html><body style="margin:0">'
    expect(html.startsWith(`${body}<div style="display:none;`)).toBe(true)
    expect(html).toMatch(
      /^[^]*?<div style="[^"]*mso-hide:all[^"]*">Spring offers for Ann &amp; friends(&#847;&zwnj;&nbsp;)+<\/div><h1>/,
    )
    const tagged =
      'https://shop.test/sale?id=7&utm_source=newsletter&utm_medium=email&utm_campaign=%D0%92%D0%B5%D1%81%D0%BD%D0%B0%20Ann#top'
    expect(html).toContain(`<a href="${tagged.replace(/&/g, '&amp;')}">Sale</a>`)
    expect(html).toContain('<a href="mailto:help@shop.test">Help</a>')
    expect(html).toContain('<a href="https://shop.test/u?e&#x3D;ann@example.test">Unsubscribe</a>')
    // The text part: the tagged links, no preheader.
    expect(mail.text).toContain(`[${tagged}]`)
    expect(mail.text).not.toContain('Spring offers')
    expect(headerLine(mail, 'list-unsubscribe')).toBe(
      'List-Unsubscribe: <https://shop.test/u?e=ann@example.test>',
    )
  })
})
