/**
 * A campaign's sending hours, recipients' zones and spread through the contract: written with
 * the draft (its account's hours when none is given), edited while it is a draft only, copied
 * with it, and the deadline fixed at the start.
 */
import { describe, expect, it } from 'vitest'
import type { CampaignPolicy } from '@shared/contract'
import { useCleanups } from '@test/support/cleanups'
import { openEngine, type Harness } from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()

const office = { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00', zone: 'Europe/Berlin' }

function engine() {
  const clock = new FakeClock()
  const h = openEngine(tempDir(), { clock })
  cleanup(() => void h.db.close())
  return { h, clock }
}

const account = (h: Harness, sendingHours: unknown = null) =>
  h.call<{ id: number }>('accounts.create', {
    name: 'Office',
    host: '127.0.0.1',
    port: 2525,
    security: 'none',
    fromEmail: 'news@shop.example',
    sendingHours,
  })

type Shown = { id: number; policy: CampaignPolicy; finishBy: number | null; status: string }
const create = (h: Harness, accountId: number, policy?: unknown) =>
  h.call<Shown>('campaigns.create', {
    name: 'Policy',
    accountId,
    subject: 'Hi',
    html: '<p>Hi</p>',
    recipients: [{ email: 'a@example.test' }],
    ...(policy !== undefined && { policy }),
  })

describe('a campaign’s sending policy', () => {
  it('takes its account’s sending hours when created without a policy', async () => {
    const { h } = engine()
    const withHours = await account(h, office)
    const anyTime = await account(h)
    expect((await create(h, withHours.id)).policy).toEqual({
      sendingHours: office,
      recipientZones: false,
      spreadMs: null,
      fromAccountId: null,
    })
    expect((await create(h, anyTime.id)).policy.sendingHours).toBeNull()
  })

  it('keeps the policy it is given, even none against its account’s hours', async () => {
    const { h } = engine()
    const { id: accountId } = await account(h, office)
    const night = { days: [5], from: '22:00', to: '06:00', zone: 'UTC+03:00' }
    const given = await create(h, accountId, {
      sendingHours: night,
      recipientZones: true,
      spreadMs: 2 * 3_600_000,
    })
    expect(given.policy).toMatchObject({
      sendingHours: night,
      recipientZones: true,
      spreadMs: 7_200_000,
    })
    expect((await create(h, accountId, { sendingHours: null })).policy.sendingHours).toBeNull()
  })

  it('is edited with the draft, copied with it, and fixed once the campaign started', async () => {
    const { h, clock } = engine()
    const { id: accountId } = await account(h)
    const draft = await create(h, accountId)
    const policy = { sendingHours: office, recipientZones: true, spreadMs: 86_400_000 }
    const edited = await h.call<Shown>('campaigns.update', { id: draft.id, policy })
    expect(edited.policy).toMatchObject(policy)
    // A patch without a policy leaves it alone.
    await h.call('campaigns.update', { id: draft.id, name: 'Renamed' })
    expect((await h.call<Shown>('campaigns.get', { id: draft.id })).policy).toMatchObject(policy)

    const copy = await h.call<Shown>('campaigns.duplicate', { id: draft.id })
    expect(copy.policy).toMatchObject(policy)

    const started = await h.call<Shown>('campaigns.start', { id: draft.id })
    expect(started.finishBy).toBe(clock.now() + 86_400_000)
    const refused = await h.engine.dispatch('campaigns.update', {
      id: draft.id,
      policy: { ...policy, spreadMs: null },
    })
    expect(refused).toMatchObject({ ok: false, error: { reason: 'campaign.notDraft' } })
    expect((await h.call<Shown>('campaigns.get', { id: draft.id })).policy.spreadMs).toBe(
      86_400_000,
    )
    // Without a spread there is no deadline.
    const plain = await create(h, accountId)
    expect((await h.call<Shown>('campaigns.start', { id: plain.id })).finishBy).toBeNull()
  })

  it('refuses hours in a zone it cannot read, and a spread under an hour', async () => {
    const { h } = engine()
    const { id: accountId } = await account(h)
    for (const policy of [
      { sendingHours: { ...office, zone: 'Mars/Olympus' } },
      { spreadMs: 60_000 },
    ]) {
      const reply = await h.engine.dispatch('campaigns.create', {
        name: 'Bad',
        accountId,
        subject: 'Hi',
        html: '<p>Hi</p>',
        policy,
      })
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    }
  })
})
