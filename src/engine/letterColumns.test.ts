/** A campaign's visual letter: its HTML is always made from its design, and HTML is one way. */
import { describe, expect, it } from 'vitest'
import { STARTERS } from '@shared/letter/starters'
import { toEmailHtml } from '@shared/letter/toEmailHtml'
import { useCleanups } from '@test/support/cleanups'
import { addAccount, openEngine } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()
type Content = { html: string; design: unknown }

async function visualDraft() {
  const h = openEngine(tempDir())
  cleanup(() => void h.db.close())
  const account = await addAccount(h, 2525)
  const { id } = await h.call<{ id: number }>('campaigns.create', {
    name: 'Visual',
    accountId: account.id,
    subject: 'News',
    // Any HTML given with a design is ignored: the design is the letter.
    html: '<p>not this</p>',
    design: STARTERS.newsletter.en,
  })
  return { h, id, accountId: account.id }
}

describe('a visual letter', () => {
  it('is stored with the HTML made from it, and a new design makes new HTML', async () => {
    const { h, id } = await visualDraft()
    expect(await h.call<Content>('campaigns.content', { id })).toMatchObject({
      html: toEmailHtml(STARTERS.newsletter.en),
      design: STARTERS.newsletter.en,
    })
    await h.call('campaigns.update', { id, design: STARTERS.invitation.ru })
    expect(await h.call<Content>('campaigns.content', { id })).toMatchObject({
      html: toEmailHtml(STARTERS.invitation.ru),
      design: STARTERS.invitation.ru,
    })
  })

  it('refuses HTML edits until it is turned into HTML, which keeps its HTML and cannot be undone', async () => {
    const { h, id } = await visualDraft()
    expect(await h.engine.dispatch('campaigns.update', { id, html: '<p>mine</p>' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', reason: 'campaign.visualLetter' },
    })
    await h.call('campaigns.update', { id, design: null })
    expect(await h.call<Content>('campaigns.content', { id })).toEqual(
      expect.objectContaining({ html: toEmailHtml(STARTERS.newsletter.en), design: null }),
    )
    await h.call('campaigns.update', { id, html: '<p>mine</p>' })
    expect(await h.call<Content>('campaigns.content', { id })).toMatchObject({
      html: '<p>mine</p>',
    })
  })

  it('is copied with its design, and a letter needs HTML or a design', async () => {
    const { h, id, accountId } = await visualDraft()
    const copy = await h.call<{ id: number }>('campaigns.duplicate', { id })
    expect(await h.call<Content>('campaigns.content', { id: copy.id })).toMatchObject({
      design: STARTERS.newsletter.en,
    })
    expect(
      await h.engine.dispatch('campaigns.create', { name: 'x', accountId, subject: 's' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const invalid = { ...STARTERS.newsletter.en, blocks: [{ type: 'script', id: 'x' }] }
    expect(await h.engine.dispatch('campaigns.update', { id, design: invalid })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    })
  })
})

describe('a campaign’s image for the visual editor', () => {
  it('comes with its bytes, and an unknown cid is said plainly', async () => {
    const { h, id } = await visualDraft()
    const png = Buffer.from([137, 80, 78, 71]).toString('base64')
    await h.call('campaigns.addImage', {
      id,
      image: { cid: 'logo', filename: 'logo.png', contentType: 'image/png', dataBase64: png },
    })
    expect(await h.call('campaigns.image', { id, cid: 'logo' })).toEqual({
      cid: 'logo',
      contentType: 'image/png',
      dataBase64: png,
    })
    expect(await h.engine.dispatch('campaigns.image', { id, cid: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', reason: 'campaign.imageNotFound' },
    })
  })
})
