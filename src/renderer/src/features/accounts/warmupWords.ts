/** A warm-up in words: its ramp, and where it stands today (the account card, the queue). */
import type { TFunction } from 'i18next'
import type { Warmup, WarmupToday } from '@shared/contract'

const number = (n: number, language: string) => n.toLocaleString(language)

/** "50 → 2,000 a day over 21 sending days". */
export function rampWords(
  ramp: { start: number; target: number; days: number },
  t: TFunction,
  language: string,
): string {
  return t('accounts.warmup.ramp', {
    start: number(ramp.start, language),
    target: number(ramp.target, language),
    count: ramp.days,
  })
}

/** "Day 3 of 21: 120 of 180 today; 240 tomorrow", or that it is done. */
export function todayWords(
  warmup: Warmup,
  today: WarmupToday,
  t: TFunction,
  language: string,
): string {
  if (today.day > warmup.days)
    return t('accounts.warmup.done', { target: number(warmup.targetPerDay, language) })
  const now = t('accounts.warmup.today', {
    day: Math.max(1, today.day),
    days: warmup.days,
    sent: number(today.sentToday, language),
    allowance: number(today.allowance, language),
  })
  if (today.nextAllowance > today.allowance)
    return t('accounts.warmup.tomorrow', { now, next: number(today.nextAllowance, language) })
  return today.day < warmup.days && today.sentToday === 0
    ? t('accounts.warmup.growsWithMail', { now })
    : now
}
