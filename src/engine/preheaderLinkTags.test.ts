/**
 * A campaign's preheader and link tagging through the contract: written, edited only in a
 * draft, copied, shown by the preview and checked by the pre-flight, like the other templates.
 */
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { addAccount, fast, openEngine, type Harness } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()

interface CampaignOut {
  id: number
  name: string
  preheader: string
  linkTagging: { source: string; medium: string; campaign: string } | null
}
interface PreviewOut {
  error: { part: string; variable: string | null } | null
  subject: string
  preheader: string
  html: string
  text: string
}
interface PreflightOut {
  ok: boolean
  errors: { part: string; variable: string | null; reason: string; rows: number }[]
}

const TAGGING = { source: 'newsletter', medium: 'email', campaign: 'spring-{{segment}}' }

async function draft(campaign: Record<string, unknown> = {}) {
  const h = openEngine(tempDir())
  cleanup(() => void h.db.close())
  const account = await addAccount(h, 2525)
  const created = await h.call<CampaignOut>('campaigns.create', {
    name: 'Spring',
    accountId: account.id,
    subject: 'Hi {{name}}',
    html: '<html><body><p>Hi {{name}}</p><a href="https://shop.test/sale?id=7#top">Sale</a> <a href="{{unsubscribeUrl}}">Unsubscribe</a></body></html>',
    settings: fast,
    unsubscribe: { mailto: null, url: 'https://shop.test/u?e={{email}}' },
    recipients: [
      { email: 'ann@example.test', data: { name: 'Ann', segment: 'vip' } },
      { email: 'bob@example.test', data: { name: 'Bob' } },
    ],
    ...campaign,
  })
  return { h, id: created.id, created }
}

const refusal = async (h: Harness, channel: string, input: unknown) => {
  const reply = await h.engine.dispatch(channel, input)
  if (reply.ok) throw new Error(`${channel} succeeded`)
  return reply.error
}

describe('a campaign’s preheader and link tagging', () => {
  it('are none by default, and are kept as created', async () => {
    const plain = await draft()
    expect(plain.created).toMatchObject({ preheader: '', linkTagging: null })
    const full = await draft({ preheader: 'Offers for {{name}}', linkTagging: TAGGING })
    expect(await full.h.call('campaigns.get', { id: full.id })).toMatchObject({
      preheader: 'Offers for {{name}}',
      linkTagging: TAGGING,
    })
    // The editor's generated text is the letter's own: no preheader in it.
    const content = await full.h.call<{ generatedText: string }>('campaigns.content', {
      id: full.id,
    })
    expect(content.generatedText).not.toContain('Offers')
  })

  it('are edited in a draft, each alone; null turns the tagging off', async () => {
    const { h, id } = await draft()
    let c = await h.call<CampaignOut>('campaigns.update', { id, preheader: 'Hello {{name}}' })
    expect(c).toMatchObject({ preheader: 'Hello {{name}}', linkTagging: null })
    c = await h.call<CampaignOut>('campaigns.update', {
      id,
      linkTagging: { source: ' newsletter ', medium: 'email', campaign: '' },
    })
    // The values are trimmed; the preheader is left as it was.
    expect(c).toMatchObject({
      preheader: 'Hello {{name}}',
      linkTagging: { source: 'newsletter', medium: 'email', campaign: '' },
    })
    c = await h.call<CampaignOut>('campaigns.update', { id, subject: 'Other' })
    expect(c.linkTagging).toEqual({ source: 'newsletter', medium: 'email', campaign: '' })
    c = await h.call<CampaignOut>('campaigns.update', { id, linkTagging: null, preheader: '' })
    expect(c).toMatchObject({ preheader: '', linkTagging: null })

    const long = await refusal(h, 'campaigns.update', { id, preheader: 'x'.repeat(501) })
    expect(long.code).toBe('invalid_input')
    const partial = await refusal(h, 'campaigns.update', { id, linkTagging: { source: 'a' } })
    expect(partial.code).toBe('invalid_input')
  })

  it('change only while a draft, and a duplicate copies them', async () => {
    const { h, id } = await draft({
      preheader: 'Offers for {{name}}',
      linkTagging: TAGGING,
      recipients: [{ email: 'ann@example.test', data: { name: 'Ann', segment: 'vip' } }],
    })
    await h.call('campaigns.start', { id })
    for (const patch of [{ preheader: 'New' }, { linkTagging: null }]) {
      expect(await refusal(h, 'campaigns.update', { id, ...patch })).toMatchObject({
        code: 'conflict',
        reason: 'campaign.notDraft',
      })
    }
    const copy = await h.call<CampaignOut>('campaigns.duplicate', { id })
    expect(copy).toMatchObject({
      name: 'Spring (copy)',
      preheader: 'Offers for {{name}}',
      linkTagging: TAGGING,
    })
    // The copy is a draft of its own: changing it leaves the source as it was.
    await h.call('campaigns.update', { id: copy.id, preheader: '', linkTagging: null })
    expect(await h.call('campaigns.get', { id })).toMatchObject({
      preheader: 'Offers for {{name}}',
      linkTagging: TAGGING,
    })
  })
})

describe('the preview', () => {
  it('shows the preheader under the subject, hidden first in the body, and the tagged links', async () => {
    const { h, id } = await draft({ preheader: 'Offers for {{name}}', linkTagging: TAGGING })
    const p = await h.call<PreviewOut>('campaigns.preview', { id })
    expect(p).toMatchObject({ error: null, subject: 'Hi Ann', preheader: 'Offers for Ann' })
    expect(p.html).toMatch(
      /^<html><body><div style="display:none;[^"]*mso-hide:all[^"]*">Offers for Ann(&#847;&zwnj;&nbsp;)+<\/div><p>Hi Ann<\/p>/,
    )
    const tagged =
      'https://shop.test/sale?id=7&utm_source=newsletter&utm_medium=email&utm_campaign=spring-vip#top'
    expect(p.html).toContain(`<a href="${tagged.replace(/&/g, '&amp;')}">Sale</a>`)
    // The way out is left exactly as the unsubscribe setting gives it.
    expect(p.html).toContain(
      '<a href="https://shop.test/u?e&#x3D;ann@example.test">Unsubscribe</a>',
    )
    expect(p.text).toContain(tagged)
    expect(p.text).not.toContain('Offers')
    expect(p.text).toContain('https://shop.test/u?e=ann@example.test]')
  })

  it('without either, shows the letter as written', async () => {
    const { h, id } = await draft()
    const p = await h.call<PreviewOut>('campaigns.preview', { id })
    expect(p.preheader).toBe('')
    expect(p.html).toMatch(
      /^<html><body><p>Hi Ann<\/p><a href="https:\/\/shop.test\/sale\?id=7#top">/,
    )
  })
})

describe('the pre-flight', () => {
  it('finds a missing variable in the preheader, for the rows it affects', async () => {
    const { h, id } = await draft({ preheader: 'For {{segment}} members' })
    const check = await h.call<PreflightOut>('campaigns.preflight', { id })
    expect(check.ok).toBe(false)
    expect(check.errors).toEqual([
      expect.objectContaining({
        part: 'preheader',
        variable: 'segment',
        reason: 'template.missingVariable',
        rows: 1,
        examples: ['bob@example.test'],
      }),
    ])
  })

  it('finds a missing variable in a UTM value, and the preview says where it is', async () => {
    const { h, id } = await draft({ linkTagging: TAGGING })
    const check = await h.call<PreflightOut>('campaigns.preflight', { id })
    expect(check.errors).toEqual([
      expect.objectContaining({ part: 'linkTagging', variable: 'segment', rows: 1 }),
    ])
    const list = await h.call<{ items: { id: number }[] }>('campaigns.recipients', { id })
    const bob = await h.call<PreviewOut>('campaigns.preview', {
      id,
      recipientId: list.items[1]!.id,
    })
    expect(bob).toMatchObject({
      error: { part: 'linkTagging', variable: 'segment' },
      preheader: '',
      html: '',
    })
    expect(await refusal(h, 'campaigns.start', { id })).toMatchObject({ code: 'invalid_input' })
  })
})
