/** Duplicating and deleting campaigns, and the suppression list, through the contract. */
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { addAccount, fast, openEngine, recipients } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

async function setup() {
  // No sender runs here: campaigns are started only to give them deliveries and a status.
  const h = openEngine(tempDir())
  cleanup(() => void h.db.close())
  const account = await addAccount(h, 2525)
  const campaign = await h.call<{ id: number }>('campaigns.create', {
    name: 'Spring news',
    accountId: account.id,
    subject: 'Hi {{name}}',
    html: '<img src="cid:logo">',
    settings: { ...fast, delayMs: 1500 },
    recipients: recipients(5),
    images: [{ cid: 'logo', filename: 'logo.png', contentType: 'image/png', dataBase64: PNG }],
  })
  return { h, campaignId: campaign.id }
}

const count = (h: ReturnType<typeof openEngine>, table: string, campaignId: number) =>
  h.db.prepare(`SELECT count(*) FROM ${table} WHERE campaign_id = ?`).pluck().get(campaignId)

describe('campaigns', () => {
  it('duplicate makes a draft copy with recipients, images and settings, and no deliveries', async () => {
    const { h, campaignId } = await setup()
    await h.call('campaigns.start', { id: campaignId })
    const copy = await h.call<{
      id: number
      name: string
      status: string
      settings: { delayMs: number }
    }>('campaigns.duplicate', { id: campaignId })
    expect(copy).toMatchObject({
      name: 'Spring news (copy)',
      status: 'draft',
      settings: { delayMs: 1500 },
    })
    expect(count(h, 'recipients', copy.id)).toBe(5)
    expect(count(h, 'campaign_images', copy.id)).toBe(1)
    expect(count(h, 'deliveries', copy.id)).toBe(0)
  })

  it('delete refuses a sending campaign and removes a paused one with all its rows', async () => {
    const { h, campaignId } = await setup()
    await h.call('campaigns.start', { id: campaignId })
    const refused = await h.engine.dispatch('campaigns.delete', { id: campaignId })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    await h.call('campaigns.pause', { id: campaignId })
    expect(await h.call('campaigns.delete', { id: campaignId })).toEqual({ count: 1 })
    for (const table of ['recipients', 'deliveries', 'campaign_images', 'campaign_counts']) {
      expect(count(h, table, campaignId), table).toBe(0)
    }
    const gone = await h.engine.dispatch('campaigns.get', { id: campaignId })
    expect(gone).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})

describe('the suppression list', () => {
  it('adds, finds and removes addresses; a suppressed address is skipped at start', async () => {
    const { h, campaignId } = await setup()
    expect(
      await h.call('suppressions.add', {
        emails: ['r1@example.test', 'r2@example.test', 'r1@example.test'],
        reason: 'Asked to be removed',
      }),
    ).toEqual({ count: 2 })
    const found = await h.call<{ total: number; items: { email: string; reason: string }[] }>(
      'suppressions.list',
      { search: 'R1@' },
    )
    // The total counts what the search finds, so the window pages the found rows only.
    expect(found).toMatchObject({
      total: 1,
      items: [{ email: 'r1@example.test', reason: 'Asked to be removed' }],
    })
    expect(await h.call('suppressions.list', {})).toMatchObject({ total: 2 })
    expect(await h.call('suppressions.remove', { email: 'r2@example.test' })).toEqual({ count: 1 })

    await h.call('campaigns.start', { id: campaignId })
    const states = h.db
      .prepare(
        `SELECT r.email, d.state FROM deliveries d JOIN recipients r ON r.id = d.recipient_id
         WHERE d.campaign_id = ? ORDER BY d.id`,
      )
      .all(campaignId) as { email: string; state: string }[]
    expect(states.filter((s) => s.state === 'skipped').map((s) => s.email)).toEqual([
      'r1@example.test',
    ])
    const invalid = await h.engine.dispatch('suppressions.add', { emails: ['not an address'] })
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
