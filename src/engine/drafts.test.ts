/** Drafting through the contract: editing rules, recipients, images and attachments, duplicate. */
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { addAccount, fast, openEngine, type Harness } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='
const PDF = Buffer.from('%PDF-1.4 price list').toString('base64')
const csv = (text: string) => ({ dataBase64: Buffer.from(text).toString('base64') })

interface CampaignOut {
  id: number
  name: string
  status: string
  subject: string
  recipients: number
  accountId: number
  settings: { delayMs: number }
  unsubscribe: { mailto: string | null; url: string | null }
}
interface ContentOut {
  html: string
  text: string | null
  generatedText: string
  images: { cid: string; filename: string; contentType: string; size: number }[]
  attachments: { id: number; filename: string; contentType: string; size: number }[]
  variables: string[]
}
interface RecipientsOut {
  total: number
  items: { id: number; row: number; email: string; data: Record<string, unknown> }[]
}

async function setup() {
  // No sender runs: campaigns are started only to leave the draft state.
  const h = openEngine(tempDir())
  cleanup(() => void h.db.close())
  const account = await addAccount(h, 2525)
  const draft = await h.call<CampaignOut>('campaigns.create', {
    name: 'Spring news',
    accountId: account.id,
    subject: 'Hi {{name}}',
    html: '<p>Hi {{name}}</p><img src="cid:logo">',
    settings: fast,
  })
  return { h, accountId: account.id, id: draft.id, draft }
}

const error = async (h: Harness, channel: string, input: unknown) => {
  const reply = await h.engine.dispatch(channel, input)
  if (reply.ok) throw new Error(`${channel} succeeded`)
  return reply.error
}

describe('a draft', () => {
  it('is created without recipients and cannot start until it has some', async () => {
    const { h, id, draft } = await setup()
    expect(draft).toMatchObject({
      status: 'draft',
      recipients: 0,
      unsubscribe: { mailto: null, url: null },
    })
    expect(await error(h, 'campaigns.start', { id })).toMatchObject({
      code: 'conflict',
      message: 'Campaign "Spring news" has no recipients yet: add some before starting it',
    })
  })

  it('is edited field by field; an unknown account is refused', async () => {
    const { h, id } = await setup()
    const updated = await h.call<CampaignOut>('campaigns.update', {
      id,
      subject: 'Hello {{name}}',
      settings: { ...fast, delayMs: 700 },
      unsubscribe: { mailto: 'leave@example.test', url: 'https://example.test/u?e={{email}}' },
    })
    expect(updated).toMatchObject({
      name: 'Spring news',
      subject: 'Hello {{name}}',
      settings: { delayMs: 700 },
      unsubscribe: { mailto: 'leave@example.test', url: 'https://example.test/u?e={{email}}' },
    })
    await h.call('campaigns.update', { id, text: 'Plain {{name}}' })
    expect((await h.call<ContentOut>('campaigns.content', { id })).text).toBe('Plain {{name}}')
    await h.call('campaigns.update', { id, text: null })
    const content = await h.call<ContentOut>('campaigns.content', { id })
    expect(content).toMatchObject({ text: null, generatedText: 'Hi {{name}}' })

    expect(await error(h, 'campaigns.update', { id, accountId: 99 })).toMatchObject({
      code: 'not_found',
    })
    const bad = await error(h, 'campaigns.update', { id, unsubscribe: { url: 'http://x.test' } })
    expect(bad.code).toBe('invalid_input')
  })

  it('refuses every change once it has started, and says what to do', async () => {
    const { h, id } = await setup()
    await h.call('campaigns.setRecipients', {
      id,
      recipients: [{ email: 'a@example.test', data: { name: 'A' } }],
    })
    await h.call('campaigns.start', { id })
    const image = { cid: 'logo', filename: 'l.png', contentType: 'image/png', dataBase64: PNG }
    const attachment = { filename: 'a.pdf', contentType: 'application/pdf', dataBase64: PDF }
    for (const [channel, input] of [
      ['campaigns.update', { id, name: 'Renamed' }],
      ['campaigns.setRecipients', { id, recipients: [{ email: 'b@example.test' }] }],
      ['campaigns.addImage', { id, image }],
      ['campaigns.removeImage', { id, cid: 'logo' }],
      ['campaigns.addAttachment', { id, attachment }],
      ['campaigns.removeAttachment', { id, attachmentId: 1 }],
    ] as const) {
      expect(await error(h, channel, input), channel).toEqual({
        code: 'conflict',
        message:
          'Campaign "Spring news" is sending: only a draft can be changed. Duplicate it to make a new draft.',
        reason: 'campaign.notDraft',
        params: { name: 'Spring news', status: 'sending' },
      })
    }
    const c = await h.call<CampaignOut>('campaigns.get', { id })
    expect(c).toMatchObject({ name: 'Spring news', recipients: 1 })
  })
})

describe('campaigns.create', () => {
  it('leaves out duplicates of an inline list by the rule of a file and of setRecipients', async () => {
    const { h, accountId, id } = await setup()
    await h.call('suppressions.add', { emails: ['gone@x.ru'] })
    const inline = [
      { email: 'dup@x.ru', data: { name: 'First' } },
      { email: 'gone@x.ru', data: { name: 'Gone' } },
      { email: 'dup@x.ru', data: { name: 'Second' } },
      { email: 'DUP@X.RU', data: { name: 'Third' } },
      { email: 'other@x.ru', data: { name: 'Other' } },
    ]
    const created = await h.call<CampaignOut>('campaigns.create', {
      name: 'Inline',
      accountId,
      subject: 'Hi {{name}}',
      html: '<p>Hi {{name}}</p>',
      settings: fast,
      recipients: inline,
    })
    // The first of each address is written, as the count in the answer says; a suppressed
    // address stays, to show as skipped once started.
    expect(created.recipients).toBe(3)
    // …and the log says which repeated addresses went.
    const lines = await h.call<{ kind: string; campaignId: number; params: unknown }[]>(
      'log.list',
      { campaignId: created.id },
    )
    expect(lines.filter((l) => l.kind === 'campaign.duplicatesLeftOut')).toEqual([
      expect.objectContaining({ params: { count: 2, examples: 'dup@x.ru, DUP@X.RU' } }),
    ])
    const list = await h.call<RecipientsOut>('campaigns.recipients', { id: created.id })
    expect(list.items.map((r) => [r.email, r.data.name])).toEqual([
      ['dup@x.ru', 'First'],
      ['gone@x.ru', 'Gone'],
      ['other@x.ru', 'Other'],
    ])

    // The same duplicates go whichever way the list comes in.
    const set = await h.call<CampaignOut>('campaigns.setRecipients', { id, recipients: inline })
    const fromFile = await h.call<CampaignOut>('campaigns.create', {
      name: 'File',
      accountId,
      subject: 'Hi {{name}}',
      html: '<p>Hi {{name}}</p>',
      settings: fast,
      recipientsFile: csv(
        `email,name\n${inline.map((r) => `${r.email},${r.data.name}`).join('\n')}`,
      ),
    })
    for (const c of [set, fromFile]) {
      const written = await h.call<RecipientsOut>('campaigns.recipients', { id: c.id })
      expect(written.items.map((r) => [r.email, r.data.name])).toEqual([
        ['dup@x.ru', 'First'],
        ['other@x.ru', 'Other'],
      ])
    }

    await h.call('campaigns.start', { id: created.id })
    const started = await h.call<{ progress: { total: number; skipped: number } }>(
      'campaigns.get',
      { id: created.id },
    )
    expect(started.progress).toMatchObject({ total: 3, skipped: 1 })
  })
})

describe('campaigns.setRecipients', () => {
  it('replaces the list from a file: rejected rows, duplicates and suppressed addresses left out', async () => {
    const { h, id } = await setup()
    await h.call('campaigns.setRecipients', { id, recipients: [{ email: 'old@example.test' }] })
    await h.call('suppressions.add', { emails: ['gone@example.test'] })
    const file = csv(
      'email,name,city\n' +
        'ann@example.test,Ann,Oslo\n' +
        'not-an-address,Bob,Rome\n' +
        'gone@example.test,Gone,Lima\n' +
        'ANN@example.test,Ann again,Oslo\n' +
        'cy@example.test,Cy,Kyiv\n' +
        'short@example.test,Short\n',
    )
    const c = await h.call<CampaignOut>('campaigns.setRecipients', { id, recipientsFile: file })
    expect(c.recipients).toBe(2)
    const list = await h.call<RecipientsOut>('campaigns.recipients', { id })
    expect(list).toEqual({
      total: 2,
      items: [
        {
          id: expect.any(Number),
          row: 1,
          email: 'ann@example.test',
          data: { name: 'Ann', city: 'Oslo' },
        },
        {
          id: expect.any(Number),
          row: 2,
          email: 'cy@example.test',
          data: { name: 'Cy', city: 'Kyiv' },
        },
      ],
    })
    expect((await h.call<ContentOut>('campaigns.content', { id })).variables).toEqual([
      'name',
      'city',
    ])
  })

  it('cleans an inline list the same way, and keeps the old list when nothing can be written', async () => {
    const { h, id } = await setup()
    await h.call('suppressions.add', { emails: ['gone@example.test'] })
    const c = await h.call<CampaignOut>('campaigns.setRecipients', {
      id,
      recipients: [
        { email: 'a@example.test', data: { name: 'A' } },
        { email: 'A@Example.test', data: { name: 'A2' } },
        { email: 'gone@example.test', data: { name: 'G' } },
        { email: 'b@example.test', data: { name: 'B', vip: true } },
      ],
    })
    expect(c.recipients).toBe(2)
    const list = await h.call<RecipientsOut>('campaigns.recipients', { id })
    expect(list.items.map((r) => [r.row, r.email, r.data])).toEqual([
      [1, 'a@example.test', { name: 'A' }],
      [2, 'b@example.test', { name: 'B', vip: true }],
    ])
    expect((await h.call<ContentOut>('campaigns.content', { id })).variables).toEqual([
      'name',
      'vip',
    ])

    const none = await error(h, 'campaigns.setRecipients', {
      id,
      recipients: [{ email: 'gone@example.test' }],
    })
    expect(none).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('suppressed'),
    })
    const emptyFile = await error(h, 'campaigns.setRecipients', {
      id,
      recipientsFile: csv('email\nnot-an-address\n'),
    })
    expect(emptyFile.code).toBe('invalid_input')
    expect((await h.call<CampaignOut>('campaigns.get', { id })).recipients).toBe(2)
    const both = await error(h, 'campaigns.setRecipients', { id, recipients: [] })
    expect(both.code).toBe('invalid_input')
  })
})

describe('campaigns.recipients', () => {
  it('pages in import order and searches addresses and values (not keys), rows staying 1-based in the whole list', async () => {
    const { h, id } = await setup()
    const people = Array.from({ length: 25 }, (_, i) => ({
      email: `p${i + 1}@example.test`,
      data: { name: `Person ${i + 1}`, city: i % 5 === 0 ? 'Zürich 50%' : 'Oslo' },
    }))
    await h.call('campaigns.setRecipients', { id, recipients: people })

    const page = await h.call<RecipientsOut>('campaigns.recipients', { id, limit: 10, offset: 20 })
    expect(page.total).toBe(25)
    expect(page.items.map((r) => [r.row, r.email])).toEqual(
      [21, 22, 23, 24, 25].map((n) => [n, `p${n}@example.test`]),
    )

    const byAddress = await h.call<RecipientsOut>('campaigns.recipients', { id, search: 'P2' })
    expect(byAddress.total).toBe(7) // p2, p20–p25
    expect(byAddress.items.map((r) => r.row)).toEqual([2, 20, 21, 22, 23, 24, 25])

    const byValue = await h.call<RecipientsOut>('campaigns.recipients', {
      id,
      search: 'zürich 50%',
      limit: 2,
      offset: 1,
    })
    expect(byValue.total).toBe(5) // rows 1, 6, 11, 16, 21; % is literal
    expect(byValue.items.map((r) => r.row)).toEqual([6, 11])

    // Case folds beyond ASCII: Ü finds ü (SQLite's LIKE alone would not).
    const unicode = await h.call<RecipientsOut>('campaigns.recipients', { id, search: 'ZÜRICH' })
    expect(unicode.total).toBe(5)

    const byKey = await h.call<RecipientsOut>('campaigns.recipients', { id, search: 'city' })
    expect(byKey.total).toBe(0)
    const wildcard = await h.call<RecipientsOut>('campaigns.recipients', { id, search: '_' })
    expect(wildcard.total).toBe(0)
    expect(await error(h, 'campaigns.recipients', { id: 999 })).toMatchObject({ code: 'not_found' })
  })
})

describe('images and attachments', () => {
  it('are added, listed without their bytes, replaced by cid, and removed', async () => {
    const { h, id } = await setup()
    const image = { cid: 'logo', filename: 'logo.png', contentType: 'image/png', dataBase64: PNG }
    let content = await h.call<ContentOut>('campaigns.addImage', { id, image })
    expect(content.images).toEqual([
      { cid: 'logo', filename: 'logo.png', contentType: 'image/png', size: 70 },
    ])
    content = await h.call<ContentOut>('campaigns.addImage', {
      id,
      image: { ...image, filename: 'logo-v2.png' },
    })
    expect(content.images.map((i) => i.filename)).toEqual(['logo-v2.png'])

    const attachment = { filename: 'prices.pdf', contentType: 'application/pdf', dataBase64: PDF }
    content = await h.call<ContentOut>('campaigns.addAttachment', { id, attachment })
    expect(content.attachments).toEqual([
      { id: expect.any(Number), filename: 'prices.pdf', contentType: 'application/pdf', size: 19 },
    ])
    const attachmentId = content.attachments[0]!.id

    expect(await error(h, 'campaigns.removeImage', { id, cid: 'nope' })).toMatchObject({
      code: 'not_found',
    })
    expect(
      await error(h, 'campaigns.removeAttachment', { id, attachmentId: attachmentId + 1 }),
    ).toMatchObject({ code: 'not_found' })
    content = await h.call<ContentOut>('campaigns.removeImage', { id, cid: 'logo' })
    expect(content.images).toEqual([])
    content = await h.call<ContentOut>('campaigns.removeAttachment', { id, attachmentId })
    expect(content.attachments).toEqual([])
  })

  it('stop at 20 attachments, the bound campaigns.create has', async () => {
    const { h, id } = await setup()
    const attachment = { filename: 'a.txt', contentType: 'text/plain', dataBase64: PDF }
    for (let i = 0; i < 20; i++) await h.call('campaigns.addAttachment', { id, attachment })
    expect(await error(h, 'campaigns.addAttachment', { id, attachment })).toMatchObject({
      code: 'conflict',
    })
    expect((await h.call<ContentOut>('campaigns.content', { id })).attachments).toHaveLength(20)
  })
})

describe('campaigns.duplicate', () => {
  it('copies recipients, images, attachments, unsubscribe and variable names into a new draft', async () => {
    const { h, accountId } = await setup()
    const source = await h.call<CampaignOut>('campaigns.create', {
      name: 'Full',
      accountId,
      subject: 's',
      html: '<img src="cid:logo">',
      recipients: [{ email: 'a@example.test', data: { name: 'A' } }],
      images: [{ cid: 'logo', filename: 'logo.png', contentType: 'image/png', dataBase64: PNG }],
      attachments: [{ filename: 'prices.pdf', contentType: 'application/pdf', dataBase64: PDF }],
      unsubscribe: { mailto: 'leave@example.test', url: 'https://example.test/u/{{email}}' },
    })
    await h.call('campaigns.start', { id: source.id })
    const copy = await h.call<CampaignOut>('campaigns.duplicate', { id: source.id })
    expect(copy).toMatchObject({
      name: 'Full (copy)',
      status: 'draft',
      recipients: 1,
      unsubscribe: { mailto: 'leave@example.test', url: 'https://example.test/u/{{email}}' },
    })
    const content = await h.call<ContentOut>('campaigns.content', { id: copy.id })
    expect(content).toMatchObject({
      images: [{ cid: 'logo', size: 70 }],
      attachments: [{ filename: 'prices.pdf', size: 19 }],
      variables: ['name'],
    })
    // The copy is a draft: its files can change without touching the source's.
    await h.call('campaigns.removeAttachment', {
      id: copy.id,
      attachmentId: content.attachments[0]!.id,
    })
    const original = await h.call<ContentOut>('campaigns.content', { id: source.id })
    expect(original.attachments).toHaveLength(1)
  })
})
