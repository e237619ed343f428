/** Preview: one recipient's message through the queue's render path, ready for a sandboxed frame. */
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { openEngine, type Harness } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'
import { TEST_TOKEN } from './mailbox/apply/token'

const tempDir = useTempDir()
const cleanup = useCleanups()
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const PDF = Buffer.from('%PDF-1.4 price list').toString('base64')

interface Preview {
  recipient: { id: number; row: number; email: string; data: Record<string, unknown> }
  error: { part: string; variable: string | null; message: string } | null
  subject: string
  html: string
  text: string
  headers: { key: string; value: string }[]
  attachments: { filename: string; size: number; inline: boolean }[]
}

async function draft(campaign: Record<string, unknown>) {
  const h = openEngine(tempDir())
  cleanup(() => void h.db.close())
  const account = await h.call<{ id: number }>('accounts.create', {
    name: 'Shop',
    host: '127.0.0.1',
    port: 2525,
    security: 'none',
    fromName: 'The Shop',
    fromEmail: 'news@shop.test',
    replyTo: 'help@shop.test',
  })
  const { id } = await h.call<{ id: number }>('campaigns.create', {
    name: 'Preview',
    accountId: account.id,
    subject: 'Hi {{name}}',
    html: '<p>Hi {{name}}</p>',
    recipients: [
      { email: 'ann@example.test', data: { name: 'Ann' } },
      { email: 'bob@example.test', data: { name: 'Bob' } },
    ],
    ...campaign,
  })
  return { h, id }
}

const preview = (h: Harness, id: number, recipientId: number | null = null) =>
  h.call<Preview>('campaigns.preview', { id, recipientId })

const header = (p: Preview, key: string) => p.headers.find((x) => x.key === key)?.value

describe('campaigns.preview', () => {
  it('renders the first recipient, or the one named, with the headers the message will carry', async () => {
    const { h, id } = await draft({
      text: 'Hello {{name}}, leave at {{unsubscribeUrl}}',
      unsubscribe: { mailto: 'leave@shop.test', url: 'https://shop.test/u?e={{email}}&n={{name}}' },
    })
    const first = await preview(h, id)
    expect(first).toMatchObject({
      recipient: { row: 1, email: 'ann@example.test', data: { name: 'Ann' } },
      error: null,
      subject: 'Hi Ann',
      html: '<p>Hi Ann</p>',
      text: 'Hello Ann, leave at https://shop.test/u?e=ann@example.test&n=Ann',
      attachments: [],
    })
    expect(first.headers).toEqual([
      { key: 'From', value: 'The Shop <news@shop.test>' },
      { key: 'To', value: 'ann@example.test' },
      { key: 'Reply-To', value: 'help@shop.test' },
      { key: 'Subject', value: 'Hi Ann' },
      {
        key: 'List-Unsubscribe',
        // A preview has no delivery: the token matches none.
        value: `<mailto:leave@shop.test?subject=unsubscribe-${TEST_TOKEN}>, <https://shop.test/u?e=ann@example.test&n=Ann>`,
      },
      { key: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
    ])

    const list = await h.call<{ items: { id: number }[] }>('campaigns.recipients', { id })
    const second = await preview(h, id, list.items[1]!.id)
    expect(second).toMatchObject({
      recipient: { row: 2, email: 'bob@example.test' },
      subject: 'Hi Bob',
    })
    const unknown = await h.engine.dispatch('campaigns.preview', { id, recipientId: 9999 })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('lists no unsubscribe header when none is set, and a mailto alone gets no One-Click', async () => {
    const { h, id } = await draft({})
    expect((await preview(h, id)).headers.map((x) => x.key)).toEqual([
      'From',
      'To',
      'Reply-To',
      'Subject',
    ])
    await h.call('campaigns.update', {
      id,
      html: '<a href="{{unsubscribeUrl}}">Unsubscribe</a>',
      unsubscribe: { mailto: 'leave@shop.test', url: null },
    })
    const p = await preview(h, id)
    const mailto = `mailto:leave@shop.test?subject=unsubscribe-${TEST_TOKEN}`
    expect(header(p, 'List-Unsubscribe')).toBe(`<${mailto}>`)
    expect(header(p, 'List-Unsubscribe-Post')).toBeUndefined()
    // Handlebars writes the link's `=` as an entity, as for any link the body gets.
    expect(p.html).toBe(`<a href="${mailto.replace('=', '&#x3D;')}">Unsubscribe</a>`)
  })

  it('shows the campaign’s images as data: URLs and lists inline images and attachments', async () => {
    const { h, id } = await draft({
      html: '<img src="cid:logo"><img src="cid:missing"><p style="background:url(cid:logo)">x</p>',
      images: [
        { cid: 'logo', filename: 'logo.png', contentType: 'image/png', dataBase64: PNG },
        { cid: 'unused', filename: 'unused.png', contentType: 'image/png', dataBase64: PNG },
      ],
      attachments: [{ filename: 'prices.pdf', contentType: 'application/pdf', dataBase64: PDF }],
    })
    const p = await preview(h, id)
    const dataUrl = `data:image/png;base64,${PNG}`
    expect(p.html).toBe(
      `<img src="${dataUrl}"><img src="cid:missing"><p style="background:url(${dataUrl})">x</p>`,
    )
    expect(p.attachments).toEqual([
      { filename: 'logo.png', size: 70, inline: true },
      { filename: 'prices.pdf', size: 19, inline: false },
    ])
  })

  it('answers a template that does not fit the recipient with the reason and empty parts', async () => {
    const { h, id } = await draft({ html: '<p>{{name}}: {{code}}</p>' })
    const p = await preview(h, id)
    expect(p).toMatchObject({
      recipient: { email: 'ann@example.test' },
      error: {
        part: 'html',
        variable: 'code',
        message: 'Missing variable "code" in the HTML body (line 1)',
      },
      subject: '',
      html: '',
      text: '',
    })
    expect(p.headers.map((x) => x.key)).toEqual(['From', 'To', 'Reply-To'])

    await h.call('campaigns.update', {
      id,
      html: '<p>{{name}}</p>',
      unsubscribe: { mailto: null, url: 'https://shop.test/u/{{token}}' },
    })
    expect((await preview(h, id)).error).toEqual({
      part: 'unsubscribe',
      variable: 'token',
      message: 'Missing variable "token" in the unsubscribe link (line 1)',
      reason: 'template.missingVariable',
      params: { part: 'unsubscribe', variable: 'token', line: 1, column: 23 },
    })
  })

  it('never lets recipient data add a header, in the subject or in the unsubscribe link', async () => {
    const { h, id } = await draft({
      recipients: [{ email: 'eve@example.test', data: { name: 'Eve\r\nBcc: spy@evil.test' } }],
      unsubscribe: { mailto: null, url: 'https://shop.test/u?n={{name}}' },
    })
    const p = await preview(h, id)
    expect(p.headers.map((x) => x.key)).not.toContain('Bcc')
    expect(p.subject).toBe('Hi Eve Bcc: spy@evil.test')
    expect(header(p, 'List-Unsubscribe')).toBe(
      '<https://shop.test/u?n=Eve%0D%0ABcc:%20spy@evil.test>',
    )
    for (const { value } of p.headers) expect(value).not.toMatch(/[\r\n]/)
  })

  it('reads no file, URL or partial, whatever the template asks', async () => {
    const { h, id } = await draft({
      html: '<img src="file:///etc/passwd"><img src="cid:../../etc/passwd"><img src="https://tracker.test/p.gif">',
    })
    const p = await preview(h, id)
    expect(p.error).toBeNull()
    expect(p.html).toBe(
      '<img src="file:///etc/passwd"><img src="cid:../../etc/passwd"><img src="https://tracker.test/p.gif">',
    )
    expect(p.attachments).toEqual([])

    for (const partial of ['{{> footer}}', '{{> "/etc/passwd"}}']) {
      await h.call('campaigns.update', { id, html: `<p>${partial}</p>` })
      expect((await preview(h, id)).error, partial).toMatchObject({
        part: 'html',
        message: expect.stringContaining('could not be found'),
      })
    }
    await h.call('campaigns.update', { id, html: '<p>{{readFile "/etc/passwd"}}</p>' })
    expect((await preview(h, id)).error).toMatchObject({
      part: 'html',
      message: expect.stringContaining('Unknown helper "readFile"'),
      reason: 'template.unknownHelper',
      params: { part: 'html', helper: 'readFile', line: 1, column: 4 },
    })
  })

  it('says so when the draft has no recipients yet', async () => {
    const { h, id } = await draft({ recipients: [] })
    const reply = await h.engine.dispatch('campaigns.preview', { id })
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'not_found',
        message: expect.stringContaining('no recipients yet'),
        reason: 'campaign.noRecipients',
      },
    })
  })
})
