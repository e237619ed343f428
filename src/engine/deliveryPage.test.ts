/**
 * deliveries.page through the contract: import order, every state or one, a search on the
 * address in any case and alphabet with % and _ literal, and the total; and the query plans,
 * which read indexes only (no timing here: the plan is what keeps 100,000 rows fast).
 */
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  fast,
  openEngine,
  recipients,
  type Harness,
} from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'
import { OUTCOMES_PER_MINUTE_SQL, TIMELINE_SQL } from './db/activity'
import { deliveryCountSql, deliveryPageSql, type DeliveryFilter } from './db/deliveryPage'
import { insertRecipients } from './db/recipients'

const tempDir = useTempDir()
const cleanup = useCleanups()

type Page = { total: number; items: { id: number; email: string; state: string }[] }

/** Addresses the contract accepts, and some with Cyrillic letters it does not (yet) accept. */
const SPECIAL = ['a%b@example.test', 'axb@example.test', 'a_b@example.test', 'ayyb@example.test']
const CYRILLIC = ['Пётр@пример.рф', 'ПЁТР.Иванов@пример.рф', 'анна@пример.рф']

async function started(): Promise<{ h: Harness; campaignId: number; emails: string[] }> {
  // No sender runs: the campaign is started for its deliveries, their states set by hand.
  const h = closeAfterTest(cleanup, openEngine(tempDir()))
  const account = await addAccount(h, 2525)
  const list = [...recipients(25), ...SPECIAL.map((email) => ({ email, data: { name: 'S' } }))]
  const campaign = await h.call<{ id: number }>('campaigns.create', {
    name: 'Paging',
    accountId: account.id,
    subject: 'Hi {{name}}',
    html: '<p>Hi {{name}}</p>',
    settings: fast,
    recipients: list,
  })
  insertRecipients(
    h.db,
    campaign.id,
    CYRILLIC.map((email) => ({ email, data: { name: 'К' } })),
  )
  await h.call('campaigns.start', { id: campaign.id })
  // Every third one sent, every fifth failed, by the account as a claim would say (the
  // triggers keep the counters right).
  h.db
    .prepare(
      `UPDATE deliveries SET account_id = ?, state = CASE WHEN id % 5 = 0 THEN 'failed'
         WHEN id % 3 = 0 THEN 'sent' ELSE state END WHERE campaign_id = ?`,
    )
    .run(account.id, campaign.id)
  return { h, campaignId: campaign.id, emails: [...list.map((r) => r.email), ...CYRILLIC] }
}

const page = (h: Harness, input: Record<string, unknown>) => h.call<Page>('deliveries.page', input)

describe('deliveries.page', () => {
  it('lists every delivery in import order, page by page, with the total', async () => {
    const { h, campaignId, emails } = await started()
    const all = await page(h, { campaignId })
    expect(all.total).toBe(emails.length)
    expect(all.items.map((d) => d.email)).toEqual(emails)
    expect(all.items[0]).toMatchObject({
      attempts: 0,
      lastCode: null,
      messageId: expect.any(String),
    })

    const pages: string[] = []
    for (let offset = 0; offset < emails.length; offset += 7) {
      const p = await page(h, { campaignId, limit: 7, offset })
      expect(p.total).toBe(emails.length)
      pages.push(...p.items.map((d) => d.email))
    }
    expect(pages).toEqual(emails)
    expect(await page(h, { campaignId, offset: 1000 })).toEqual({ total: emails.length, items: [] })
  })

  it('filters by state, keeping import order', async () => {
    const { h, campaignId } = await started()
    const rows = h.db
      .prepare(
        `SELECT r.email, d.state FROM deliveries d JOIN recipients r ON r.id = d.recipient_id
         WHERE d.campaign_id = ? ORDER BY r.id`,
      )
      .all(campaignId) as { email: string; state: string }[]
    for (const state of ['failed', 'sent', 'queued']) {
      const expected = rows.filter((r) => r.state === state).map((r) => r.email)
      expect(expected.length).toBeGreaterThan(0)
      const p = await page(h, { campaignId, state })
      expect(p.total).toBe(expected.length)
      expect(p.items.map((d) => d.email)).toEqual(expected)
      expect(p.items.every((d) => d.state === state)).toBe(true)
      const second = await page(h, { campaignId, state, limit: 2, offset: 2 })
      expect(second.items.map((d) => d.email)).toEqual(expected.slice(2, 4))
    }
    expect(await page(h, { campaignId, state: 'uncertain' })).toEqual({ total: 0, items: [] })
  })

  it('searches the address in any case, Cyrillic included', async () => {
    const { h, campaignId, emails } = await started()
    const r1 = await page(h, { campaignId, search: '  R1 ' })
    const expected = emails.filter((e) => /^r1/.test(e))
    expect(r1.total).toBe(expected.length)
    expect(r1.items.map((d) => d.email)).toEqual(expected)

    const petr = await page(h, { campaignId, search: 'пЁтР' })
    expect(petr.items.map((d) => d.email)).toEqual(['Пётр@пример.рф', 'ПЁТР.Иванов@пример.рф'])
    expect(petr.total).toBe(2)
    expect((await page(h, { campaignId, search: 'ПРИМЕР.РФ' })).total).toBe(3)
    expect((await page(h, { campaignId, search: 'ИВАНОВ@' })).items.map((d) => d.email)).toEqual([
      'ПЁТР.Иванов@пример.рф',
    ])
  })

  it('takes % and _ in a search literally', async () => {
    const { h, campaignId } = await started()
    const emails = async (search: string) =>
      (await page(h, { campaignId, search })).items.map((d) => d.email)
    expect(await emails('a%b')).toEqual(['a%b@example.test'])
    expect(await emails('a_b')).toEqual(['a_b@example.test'])
    expect(await emails('%')).toEqual(['a%b@example.test'])
    expect(await emails('_')).toEqual(['a_b@example.test'])
    expect(await emails('\\')).toEqual([])
  })

  it('combines a state and a search', async () => {
    const { h, campaignId } = await started()
    const rows = h.db
      .prepare(
        `SELECT r.email FROM deliveries d JOIN recipients r ON r.id = d.recipient_id
         WHERE d.campaign_id = ? AND d.state = 'sent' AND r.email LIKE 'r1%' ORDER BY r.id`,
      )
      .pluck()
      .all(campaignId)
    expect(rows.length).toBeGreaterThan(0)
    const p = await page(h, { campaignId, state: 'sent', search: 'R1' })
    expect(p).toMatchObject({ total: rows.length })
    expect(p.items.map((d) => d.email)).toEqual(rows)
    expect(await page(h, { campaignId, state: 'sent', search: 'nobody' })).toEqual({
      total: 0,
      items: [],
    })
  })

  it('answers not_found for an unknown campaign and refuses a bad page', async () => {
    const { h } = await started()
    expect(await h.engine.dispatch('deliveries.page', { campaignId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
    for (const bad of [{ limit: 0 }, { limit: 1001 }, { offset: -1 }, { search: '  ' }]) {
      expect(await h.engine.dispatch('deliveries.page', { campaignId: 1, ...bad })).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      })
    }
  })
})

describe('the campaign page reads indexes only', () => {
  const filters: DeliveryFilter[] = [
    { campaignId: 1, state: null, search: null, feedback: null },
    { campaignId: 1, state: 'sent', search: null, feedback: null },
    { campaignId: 1, state: null, search: 'x', feedback: null },
    { campaignId: 1, state: 'failed', search: 'x', feedback: null },
    { campaignId: 1, state: null, search: null, feedback: 'replied' },
    { campaignId: 1, state: 'sent', search: 'x', feedback: 'bounced' },
  ]

  /** The plan's lines; no table is scanned whole and nothing is sorted for ORDER BY. */
  function plan(h: Harness, sql: string, params: Record<string, unknown>): string[] {
    const lines = (
      h.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]
    ).map((l) => l.detail)
    for (const line of lines) {
      expect(line, sql).not.toMatch(/^SCAN (d|r|deliveries|recipients|event_log)\b/)
      expect(line, sql).not.toMatch(/TEMP B-TREE FOR ORDER BY/)
    }
    return lines
  }

  it('pages and counts deliveries on the campaign indexes, whatever the filter', async () => {
    const { h } = await started()
    for (const f of filters) {
      const params = {
        campaignId: 1,
        ...(f.state && { state: f.state }),
        ...(f.search && { search: f.search }),
      }
      const ids = plan(h, deliveryPageSql(f), { ...params, limit: 10, offset: 99_000 }).join('\n')
      const count = plan(h, deliveryCountSql(f), params).join('\n')
      const index = f.state === null ? 'deliveries_by_campaign' : 'deliveries_by_campaign_state'
      // The matching ids and the count come from the index; a search reads the addresses.
      expect(ids).toContain(`COVERING INDEX ${index} (campaign_id=?`)
      expect(count).toContain(`COVERING INDEX ${index} (campaign_id=?`)
    }
  })

  it('counts sends per minute and reads the timeline on their own indexes', async () => {
    const { h } = await started()
    const minutes = plan(h, OUTCOMES_PER_MINUTE_SQL, { campaignId: 1 }).join('\n')
    expect(minutes).toContain('COVERING INDEX deliveries_sent_at (campaign_id=?)')
    expect(minutes).toContain('COVERING INDEX deliveries_failed_at (campaign_id=?)')
    const timeline = plan(h, TIMELINE_SQL, { campaignId: 1 }).join('\n')
    expect(timeline).toContain('INDEX event_log_campaign_changes (campaign_id=?)')
  })
})
