/** Pre-flight: one render per group of recipients whose data renders alike. */
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { addAccount, openEngine } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()

async function draft(
  html: string,
  recipients: { email: string; data?: Record<string, unknown> }[],
  extra: Record<string, unknown> = {},
) {
  const h = openEngine(tempDir())
  cleanup(() => void h.db.close())
  const account = await addAccount(h, 2525)
  const campaign = await h.call<{ id: number }>('campaigns.create', {
    name: 'c',
    accountId: account.id,
    subject: 'Hello {{name}}',
    html,
    recipients,
    ...extra,
  })
  return { h, id: campaign.id }
}

describe('campaigns.preflight', () => {
  it('passes when every recipient renders, and warns when there is no unsubscribe link', async () => {
    const { h, id } = await draft('<p>{{name}}</p>', [
      { email: 'a@example.com', data: { name: 'A' } },
      { email: 'b@example.com', data: { name: 'B' } },
    ])
    expect(await h.call('campaigns.preflight', { id })).toEqual({
      ok: true,
      recipients: 2,
      errors: [],
      warnings: ['no-unsubscribe-link'],
    })
  })

  it('finds a variable needed only inside an {{#if}} for the rows where it runs', async () => {
    const html = '{{#if vip}}<p>Code {{code}}</p>{{/if}}<a href="https://x.test/u">Unsubscribe</a>'
    const { h, id } = await draft(html, [
      { email: 'plain@example.com', data: { name: 'P', vip: '' } },
      { email: 'vip1@example.com', data: { name: 'V1', vip: 'yes' } },
      { email: 'vip2@example.com', data: { name: 'V2', vip: 'yes', code: 'X1' } },
      { email: 'vip3@example.com', data: { name: 'V3', vip: 'yes' } },
    ])
    expect(await h.call('campaigns.preflight', { id })).toEqual({
      ok: false,
      recipients: 4,
      errors: [
        {
          part: 'html',
          variable: 'code',
          message: expect.stringContaining('"code"'),
          // Where, for the window to say in the user's language: the name inside {{code}} is at column 22.
          reason: 'template.missingVariable',
          params: { part: 'html', variable: 'code', line: 1, column: 22 },
          rows: 2,
          examples: ['vip1@example.com', 'vip3@example.com'],
        },
      ],
      warnings: [],
    })
  })

  it('reports a broken template once, for every recipient', async () => {
    const { h, id } = await draft('<p>{{#if}}</p>', [
      { email: 'a@example.com', data: { name: 'A' } },
      { email: 'b@example.com', data: { name: 'B' } },
    ])
    const result = await h.call<{ ok: boolean; errors: { part: string; rows: number }[] }>(
      'campaigns.preflight',
      { id },
    )
    expect(result.ok).toBe(false)
    expect(result.errors).toEqual([expect.objectContaining({ part: 'html', rows: 2 })])
  })

  it('counts {{unsubscribeUrl}} as a link in the body; a header alone does not silence the warning', async () => {
    const people = [{ email: 'a@example.com', data: { name: 'A' } }]
    const unsubscribe = { mailto: 'leave@example.com', url: null }
    const linked = await draft('<a href="{{unsubscribeUrl}}">x</a>', people, { unsubscribe })
    expect(await linked.h.call('campaigns.preflight', { id: linked.id })).toMatchObject({
      ok: true,
      warnings: [],
    })
    const bare = await draft('<p>{{name}}</p>', people, { unsubscribe })
    expect(await bare.h.call('campaigns.preflight', { id: bare.id })).toMatchObject({
      ok: true,
      warnings: ['no-unsubscribe-link'],
    })
  })

  it('checks the unsubscribe link template too, and the start refuses on it', async () => {
    const { h, id } = await draft(
      '<a href="{{unsubscribeUrl}}">Unsubscribe</a>',
      [
        { email: 'a@example.com', data: { name: 'A', token: 't1' } },
        { email: 'b@example.com', data: { name: 'B' } },
      ],
      { unsubscribe: { mailto: null, url: 'https://example.com/u/{{token}}' } },
    )
    expect(await h.call('campaigns.preflight', { id })).toMatchObject({
      ok: false,
      errors: [{ part: 'unsubscribe', variable: 'token', rows: 1, examples: ['b@example.com'] }],
    })
    const start = await h.engine.dispatch('campaigns.start', { id })
    expect(start).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', reason: 'campaign.preflightFailed', params: { count: 1 } },
    })
  })
})

describe('a letter beyond the bounds', () => {
  for (const levels of [20_000, 200_000]) {
    it(`${levels.toLocaleString('en')} nested tags: the draft opens; preview, pre-flight and start give the reason; it stays a draft`, async () => {
      const html = '<div>'.repeat(levels) + '{{name}}' + '</div>'.repeat(levels)
      const { h, id } = await draft(html, [{ email: 'a@example.com', data: { name: 'A' } }])
      const tooDeep = {
        reason: 'template.htmlTooDeep',
        params: { part: 'html', max: 200, line: 1 },
      }

      expect(await h.call('campaigns.preview', { id, recipientId: null })).toMatchObject({
        error: tooDeep,
      })
      expect(await h.call('campaigns.preflight', { id })).toMatchObject({
        ok: false,
        errors: [{ part: 'html', ...tooDeep, rows: 1 }],
      })
      expect(await h.engine.dispatch('campaigns.start', { id })).toMatchObject({
        ok: false,
        error: { reason: 'campaign.preflightFailed', params: { count: 1 } },
      })
      expect(await h.call('campaigns.get', { id })).toMatchObject({ status: 'draft' })
      // The draft still opens in the editor; it just has no text part made from it.
      expect(await h.call('campaigns.content', { id })).toMatchObject({ html, generatedText: '' })
    })
  }

  it('an {{#each}} inside {{#each}} that would write too much is refused, not sent', async () => {
    const loops = '{{#each @root}}'.repeat(6) + '{{this}} and more' + '{{/each}}'.repeat(6)
    const data = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`c${i}`, `v${i}`]))
    const { h, id } = await draft(loops, [{ email: 'a@example.com', data: { name: 'A', ...data } }])
    expect(await h.call('campaigns.preflight', { id })).toMatchObject({
      ok: false,
      errors: [{ part: 'html', reason: 'template.renderedTooLarge', params: { maxMb: 5 } }],
    })
  })
})

describe('an unsubscribe link with nowhere to lead', () => {
  it('is said as such, not as a value the recipient lacks', async () => {
    const { h, id } = await draft('<p>Hi</p><a href="{{unsubscribeUrl}}">Unsubscribe</a>', [
      { email: 'a@example.com', data: { name: 'A' } },
    ])
    expect(await h.call('campaigns.preflight', { id })).toMatchObject({
      ok: false,
      errors: [
        {
          part: 'html',
          variable: 'unsubscribeUrl',
          reason: 'template.noUnsubscribeTarget',
          params: { line: 1, column: 21 },
        },
      ],
    })
    await h.call('campaigns.update', {
      id,
      unsubscribe: { mailto: 'leave@example.com', url: null },
    })
    expect(await h.call('campaigns.preflight', { id })).toMatchObject({ ok: true })
  })
})
