/**
 * A campaign's several accounts as a draft holds them: written from `accountIds`, patched,
 * duplicated, checked (each exists, the From account is one of them), and keeping each of them
 * from being deleted while the campaign is unfinished. Real SQLite file, no SMTP.
 */
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { closeAfterTest, openEngine, type Harness } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()

type CampaignOut = {
  id: number
  accountId: number
  accountIds: number[]
  policy: { fromAccountId: number | null }
  progress: { accounts: { accountId: number; stopped: string | null }[] }
}

async function engineWithAccounts(n: number) {
  const h = closeAfterTest(cleanup, openEngine(tempDir()))
  const ids: number[] = []
  for (let i = 0; i < n; i++) {
    const account = await h.call<{ id: number }>('accounts.create', {
      name: `Account ${i + 1}`,
      host: '127.0.0.1',
      port: 2525,
      security: 'none',
      fromEmail: `news${i + 1}@shop.example`,
    })
    ids.push(account.id)
  }
  return { h, ids }
}

const draft = (accountIds: number[], extra: object = {}) => ({
  name: 'Spring news',
  accountId: accountIds[0],
  accountIds,
  subject: 'Hello',
  html: '<p>Hi</p>',
  recipients: [{ email: 'a@example.test' }],
  ...extra,
})

async function error(h: Harness, channel: string, input: unknown) {
  const reply = await h.engine.dispatch(channel, input)
  if (reply.ok) throw new Error(`${channel} succeeded`)
  return reply.error
}

const stored = (h: Harness, id: number) =>
  h.db
    .prepare('SELECT account_id FROM campaign_accounts WHERE campaign_id = ? ORDER BY position')
    .pluck()
    .all(id)

describe('a campaign’s accounts', () => {
  it('are written in order from accountIds, with the From account; one account by default', async () => {
    const { h, ids } = await engineWithAccounts(3)
    const [a, b, c] = ids as [number, number, number]
    const many = await h.call<CampaignOut>(
      'campaigns.create',
      draft([b, a, c], { policy: { fromAccountId: c } }),
    )
    expect(many).toMatchObject({
      accountId: b,
      accountIds: [b, a, c],
      policy: { fromAccountId: c },
    })
    expect(stored(h, many.id)).toEqual([b, a, c])
    expect(many.progress.accounts.map((p) => [p.accountId, p.stopped])).toEqual([
      [b, null],
      [a, null],
      [c, null],
    ])

    const one = await h.call<CampaignOut>('campaigns.create', {
      ...draft([a]),
      accountIds: undefined,
    })
    expect(one).toMatchObject({ accountId: a, accountIds: [a], policy: { fromAccountId: null } })
    expect(stored(h, one.id)).toEqual([a])
  })

  it('refuse an account that does not exist or was deleted, and a From account not among them', async () => {
    const { h, ids } = await engineWithAccounts(3)
    const [a, b, c] = ids as [number, number, number]
    await h.call('accounts.delete', { id: c })
    expect(await error(h, 'campaigns.create', draft([a, c]))).toMatchObject({
      code: 'not_found',
      reason: 'account.deleted',
      params: { name: 'Account 3' },
    })
    expect(await error(h, 'campaigns.create', draft([a, 99]))).toMatchObject({
      reason: 'account.notFound',
    })
    expect(
      await error(h, 'campaigns.create', draft([a], { policy: { fromAccountId: b } })),
    ).toMatchObject({ code: 'invalid_input', reason: 'campaign.fromAccountNotListed' })
    expect(h.db.prepare('SELECT count(*) FROM campaigns').pluck().get()).toBe(0)
  })

  it('are patched: accountIds replaces them, accountId alone replaces the first', async () => {
    const { h, ids } = await engineWithAccounts(3)
    const [a, b, c] = ids as [number, number, number]
    const { id } = await h.call<CampaignOut>('campaigns.create', draft([a, b]))

    const replaced = await h.call<CampaignOut>('campaigns.update', { id, accountIds: [c, a] })
    expect(replaced).toMatchObject({ accountId: c, accountIds: [c, a] })
    const first = await h.call<CampaignOut>('campaigns.update', { id, accountId: b })
    expect(first).toMatchObject({ accountId: b, accountIds: [b, a] })
    // An account further down that becomes the first is not listed twice.
    const moved = await h.call<CampaignOut>('campaigns.update', { id, accountId: a })
    expect(moved).toMatchObject({ accountId: a, accountIds: [a] })

    // The From account: set by the policy, kept by other edits, and always one of them.
    await h.call('campaigns.update', { id, accountIds: [a, b] })
    await h.call('campaigns.update', { id, policy: { fromAccountId: b } })
    const renamed = await h.call<CampaignOut>('campaigns.update', { id, name: 'Renamed' })
    expect(renamed.policy.fromAccountId).toBe(b)
    expect(await error(h, 'campaigns.update', { id, accountIds: [a, c] })).toMatchObject({
      reason: 'campaign.fromAccountNotListed',
    })
    expect(await error(h, 'campaigns.update', { id, accountId: c, accountIds: [a] })).toMatchObject(
      { code: 'invalid_input', reason: 'input.invalid' },
    )
    expect(stored(h, id)).toEqual([a, b])
  })

  it('are copied by a duplicate, with the From account', async () => {
    const { h, ids } = await engineWithAccounts(2)
    const [a, b] = ids as [number, number]
    const source = await h.call<CampaignOut>(
      'campaigns.create',
      draft([a, b], { policy: { fromAccountId: b } }),
    )
    const copy = await h.call<CampaignOut>('campaigns.duplicate', { id: source.id })
    expect(copy).toMatchObject({ accountId: a, accountIds: [a, b], policy: { fromAccountId: b } })
    expect(stored(h, copy.id)).toEqual([a, b])
  })

  it('keep each of them from being deleted while the campaign is unfinished', async () => {
    const { h, ids } = await engineWithAccounts(2)
    const [a, b] = ids as [number, number]
    const { id } = await h.call<CampaignOut>('campaigns.create', draft([a, b]))
    expect(await error(h, 'accounts.delete', { id: b })).toMatchObject({
      code: 'conflict',
      reason: 'account.inUse',
      params: { name: 'Account 2', campaigns: '«Spring news»' },
    })
    await h.call('campaigns.delete', { id })
    expect(await h.call('accounts.delete', { id: b })).toEqual({ count: 1 })
  })
})
