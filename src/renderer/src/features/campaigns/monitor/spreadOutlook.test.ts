import { describe, expect, it } from 'vitest'
import { sampleAccount } from '@renderer/test/accounts'
import { sampleDraft } from '@renderer/test/campaigns'
import { spreadOutlook } from './spreadOutlook'

const now = Date.UTC(2030, 0, 4, 12)
const hour = 3_600_000
const share = (accountId: number, stopped: 'account' | null = null) => ({
  accountId,
  sent: 0,
  failed: 0,
  uncertain: 0,
  stopped,
  detail: null,
})

/** Two accounts, 1,000 left, the end a day away, an email every `paceMs` across both. */
function spread(paceMs: number | null, patch: { stoppedSecond?: boolean; hours?: boolean } = {}) {
  const draft = sampleDraft()
  return sampleDraft({
    status: 'sending',
    accountIds: [2, 3],
    finishBy: now + 24 * hour,
    policy: {
      ...draft.policy,
      spreadMs: 24 * hour,
      sendingHours: patch.hours
        ? { days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00', zone: 'UTC' }
        : null,
    },
    progress: {
      ...draft.progress,
      status: 'sending',
      pending: 1000,
      paceMs,
      accounts: [share(2), share(3, patch.stoppedSecond ? 'account' : null)],
    },
  })
}

describe('whether a spread campaign makes its planned end', () => {
  const roomy = [
    sampleAccount({ id: 2, hourlyCap: 100, dailyCap: 2400 }),
    sampleAccount({ id: 3, hourlyCap: 100, dailyCap: null }),
  ]

  it('is on track while the pace stays within the accounts’ limits together', () => {
    // An email every 36 s = 100 an hour across two accounts with 100 an hour each.
    expect(spreadOutlook(spread(36_000), roomy, now)).toEqual({ kind: 'onTrack' })
  })

  it('is behind when the pace needs more an hour than the accounts still sending allow', () => {
    expect(spreadOutlook(spread(36_000, { stoppedSecond: true }), roomy, now)).toEqual({
      kind: 'onTrack',
    })
    expect(spreadOutlook(spread(18_000, { stoppedSecond: true }), roomy, now)).toEqual({
      kind: 'overHour',
      needed: 200,
      cap: 100,
    })
  })

  it('counts a day as the hours open, and today’s warm-up allowance as a daily limit', () => {
    const warming = [
      sampleAccount({ id: 2, hourlyCap: null, dailyCap: 1000 }),
      sampleAccount({
        id: 3,
        hourlyCap: null,
        dailyCap: null,
        warmupToday: {
          day: 2,
          allowance: 60,
          sentToday: 10,
          nextAllowance: 80,
          growsAt: now + hour,
        },
      }),
    ]
    // 200 an hour: 4,800 over a whole day, 1,600 over 09:00–17:00; the limits allow 1,060.
    expect(spreadOutlook(spread(18_000), warming, now)).toEqual({
      kind: 'overDay',
      needed: 4800,
      cap: 1060,
    })
    expect(spreadOutlook(spread(18_000, { hours: true }), warming, now)).toMatchObject({
      needed: 1600,
    })
    expect(spreadOutlook(spread(60_000, { hours: true }), warming, now)).toEqual({
      kind: 'onTrack',
    })
  })

  it('says the end passed with emails left, and judges nothing it cannot know', () => {
    expect(spreadOutlook(spread(36_000), roomy, now + 25 * hour)).toEqual({
      kind: 'late',
      left: 1000,
    })
    expect(spreadOutlook(spread(null), roomy, now)).toBeNull()
    expect(spreadOutlook(spread(36_000), roomy.slice(0, 1), now)).toBeNull()
    expect(spreadOutlook(sampleDraft(), roomy, now)).toBeNull()
  })
})
