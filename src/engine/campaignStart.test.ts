/**
 * A start checks every recipient and writes their deliveries in slices, with the event loop
 * free between them (the desktop window shares this thread), and makes the campaign `sending`
 * only in its last transaction: whatever happens meanwhile, it leaves all of its rows or none.
 */
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  openEngine,
  recipients,
  type Harness,
} from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()
/** More than a few slices of the pre-flight and of the writes. */
const LONG_LIST = 12_000

async function longDraft() {
  const h = closeAfterTest(cleanup, openEngine(tempDir()))
  // Not started: nothing sends (the sink port is closed); only the start itself is looked at.
  const account = await addAccount(h, 1)
  const campaign = await createCampaign(h, account.id, recipients(LONG_LIST))
  return { h, id: campaign.id }
}

const deliveries = (h: Harness, id: number) =>
  h.db.prepare('SELECT count(*) FROM deliveries WHERE campaign_id = ?').pluck().get(id)
const statusOf = async (h: Harness, id: number) =>
  (await h.call<{ status: string }>('campaigns.get', { id })).status
const refusal = (h: Harness, id: number) =>
  h.engine.dispatch('campaigns.start', { id }).then((reply) => {
    if (reply.ok) throw new Error('the start was not refused')
    return reply.error
  })

describe('starting a long list', () => {
  it('answers other commands while it checks and writes, then queues every recipient', async () => {
    const { h, id } = await longDraft()
    const order: string[] = []
    const starting = h.call('campaigns.start', { id }).then(() => order.push('start'))
    await h.call('app.info').then(() => order.push('app.info'))
    await starting
    expect(order).toEqual(['app.info', 'start'])
    expect(await statusOf(h, id)).toBe('sending')
    expect(deliveries(h, id)).toBe(LONG_LIST)
    expect(
      (await h.call<{ pending: number }>('campaigns.progress', { campaignId: id })).pending,
    ).toBe(LONG_LIST)
  })

  it('refuses a second start meanwhile, and the first one completes', async () => {
    const { h, id } = await longDraft()
    const first = h.call('campaigns.start', { id })
    expect(await refusal(h, id)).toMatchObject({
      code: 'conflict',
      reason: 'campaign.alreadyStarting',
    })
    await first
    expect(deliveries(h, id)).toBe(LONG_LIST)
  })

  it('is refused, leaving a draft with no rows, when the campaign is edited meanwhile', async () => {
    const { h, id } = await longDraft()
    const start = refusal(h, id)
    await h.call('campaigns.update', { id, subject: 'Changed {{name}}' })
    expect(await start).toMatchObject({
      code: 'conflict',
      reason: 'campaign.changedWhileStarting',
    })
    expect(await statusOf(h, id)).toBe('draft')
    expect(deliveries(h, id)).toBe(0)
    // Started again, it goes through.
    await h.call('campaigns.start', { id })
    expect(deliveries(h, id)).toBe(LONG_LIST)
  })

  it('is refused, leaving no rows, when the campaign is cancelled meanwhile', async () => {
    const { h, id } = await longDraft()
    const start = refusal(h, id)
    await h.call('campaigns.cancel', { id })
    expect(await start).toMatchObject({ code: 'conflict', reason: 'campaign.cannotStart' })
    expect(await statusOf(h, id)).toBe('cancelled')
    expect(deliveries(h, id)).toBe(0)
  })

  it('leaves nothing of a start a crash cut short: the next engine start removes its rows', async () => {
    const { h, id } = await longDraft()
    // What a start cut between two slices leaves: rows of a campaign that is still a draft.
    h.db
      .prepare(
        `INSERT INTO deliveries (campaign_id, recipient_id, state, message_id, created_at, updated_at)
         SELECT campaign_id, id, 'queued', '<' || id || '.cut@example.test>', 0, 0
         FROM recipients WHERE campaign_id = ? LIMIT 2500`,
      )
      .run(id)
    h.engine.start()
    expect(deliveries(h, id)).toBe(0)
    expect(await statusOf(h, id)).toBe('draft')
    await h.call('campaigns.start', { id })
    expect(deliveries(h, id)).toBe(LONG_LIST)
  })
})
