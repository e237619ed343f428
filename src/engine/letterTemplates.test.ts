/** Letters kept as templates: saved from a campaign with their images, used for new drafts. */
import { describe, expect, it } from 'vitest'
import { STARTERS } from '@shared/letter/starters'
import { toEmailHtml } from '@shared/letter/toEmailHtml'
import { useCleanups } from '@test/support/cleanups'
import { addAccount, fast, openEngine } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

async function setup() {
  const h = openEngine(tempDir())
  cleanup(() => void h.db.close())
  const account = await addAccount(h, 2525)
  const source = await h.call<{ id: number }>('campaigns.create', {
    name: 'Spring sale',
    accountId: account.id,
    subject: 'Spring sale',
    design: STARTERS.promotion.ru,
    recipients: [{ email: 'a@example.com' }],
    images: [{ cid: 'logo', filename: 'logo.png', contentType: 'image/png', dataBase64: PNG }],
  })
  return { h, account, source }
}

describe('letter templates', () => {
  it('keeps a campaign’s letter and images, and makes new drafts from it without its recipients', async () => {
    const { h, account, source } = await setup()
    const kept = await h.call('templates.saveFromCampaign', { campaignId: source.id, name: 'Sale' })
    expect(kept).toMatchObject({ name: 'Sale', subject: 'Spring sale', visual: true, images: 1 })
    expect(await h.call('templates.list')).toEqual([kept])

    // The template outlives the campaign it came from.
    await h.call('campaigns.delete', { id: source.id })
    const draft = await h.call<{
      id: number
      status: string
      recipients: number
      settings: unknown
    }>('templates.use', {
      id: (kept as { id: number }).id,
      name: 'Autumn sale',
      accountId: account.id,
      settings: fast,
    })
    expect(draft).toMatchObject({
      status: 'draft',
      recipients: 0,
      settings: fast,
      name: 'Autumn sale',
    })
    const content = await h.call<{
      design: unknown
      html: string
      images: { cid: string; size: number }[]
    }>('campaigns.content', { id: draft.id })
    expect(content.design).toEqual(STARTERS.promotion.ru)
    expect(content.html).toBe(toEmailHtml(STARTERS.promotion.ru))
    expect(content.images).toEqual([
      expect.objectContaining({ cid: 'logo', size: Buffer.from(PNG, 'base64').length }),
    ])
  })

  it('an HTML letter is kept as HTML; a deleted template or campaign is said plainly', async () => {
    const { h, account } = await setup()
    const html = await h.call<{ id: number }>('campaigns.create', {
      name: 'Plain',
      accountId: account.id,
      subject: 'Hi',
      html: '<p>Hi</p>',
    })
    const kept = await h.call<{ id: number; visual: boolean }>('templates.saveFromCampaign', {
      campaignId: html.id,
      name: 'Plain one',
    })
    expect(kept.visual).toBe(false)
    expect(await h.call('templates.delete', { id: kept.id })).toEqual({ count: 1 })
    expect(await h.call('templates.delete', { id: kept.id })).toEqual({ count: 0 })
    expect(
      await h.engine.dispatch('templates.use', {
        id: kept.id,
        name: 'x',
        accountId: account.id,
        settings: fast,
      }),
    ).toMatchObject({ ok: false, error: { code: 'not_found', reason: 'letterTemplate.notFound' } })
    expect(
      await h.engine.dispatch('templates.saveFromCampaign', { campaignId: 999, name: 'x' }),
    ).toMatchObject({ ok: false, error: { code: 'not_found', reason: 'campaign.notFound' } })
  })
})
