/**
 * Whether a campaign spread over time will make its planned end. The engine re-derives the
 * pace from the open sending time and the rows left (so falling behind only makes the pace
 * faster); what it cannot outrun are the accounts' limits. This compares the pace with the
 * hourly limits and the daily limits (today's warm-up allowance included) of the accounts still
 * sending. The limits are shared with other campaigns, so "on track" is the best case.
 */
import type { Account, Campaign } from '@shared/contract'

export type SpreadOutlook =
  | { kind: 'onTrack' }
  | { kind: 'late'; left: number }
  | { kind: 'overHour' | 'overDay'; needed: number; cap: number }

const HOUR = 3_600_000

export function spreadOutlook(
  campaign: Pick<Campaign, 'finishBy' | 'policy' | 'accountIds' | 'progress'>,
  accounts: readonly Pick<Account, 'id' | 'hourlyCap' | 'dailyCap' | 'warmupToday'>[],
  now: number,
): SpreadOutlook | null {
  const p = campaign.progress
  if (campaign.finishBy === null || p.pending === 0) return null
  if (now >= campaign.finishBy) return { kind: 'late', left: p.pending }
  if (p.paceMs === null || p.paceMs <= 0) return null

  const stopped = new Set(p.accounts.filter((a) => a.stopped !== null).map((a) => a.accountId))
  const sending = campaign.accountIds
    .filter((id) => !stopped.has(id))
    .map((id) => accounts.find((a) => a.id === id))
  // An account the window does not know (yet) may have any limit: no judgement.
  if (sending.length === 0 || sending.some((a) => a === undefined)) return null
  const known = sending as Pick<Account, 'hourlyCap' | 'dailyCap' | 'warmupToday'>[]

  const perHour = HOUR / p.paceMs
  const hourCap = sum(known.map((a) => a.hourlyCap))
  if (hourCap !== null && perHour > hourCap * 1.05)
    return { kind: 'overHour', needed: Math.ceil(perHour), cap: hourCap }

  const perDay = perHour * openHoursPerDay(campaign.policy.sendingHours)
  const dayCap = sum(known.map(dailyLimit))
  if (dayCap !== null && perDay > dayCap * 1.05)
    return { kind: 'overDay', needed: Math.ceil(perDay), cap: dayCap }
  return { kind: 'onTrack' }
}

/** The lower of the daily cap and today's warm-up allowance; null: no limit. */
function dailyLimit(a: Pick<Account, 'dailyCap' | 'warmupToday'>): number | null {
  const limits = [a.dailyCap, a.warmupToday?.allowance ?? null].filter((n) => n !== null)
  return limits.length === 0 ? null : Math.min(...limits)
}

/** The accounts' limits together; null when one of them has none (then no limit binds). */
function sum(limits: (number | null)[]): number | null {
  return limits.some((n) => n === null) ? null : limits.reduce<number>((a, b) => a + b!, 0)
}

/** How long the sending hours stay open on a day they open (24 without hours). */
function openHoursPerDay(hours: Campaign['policy']['sendingHours']): number {
  if (hours === null) return 24
  const minutes = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5))
  const open = (minutes(hours.to) - minutes(hours.from) + 24 * 60) % (24 * 60)
  return open / 60
}
