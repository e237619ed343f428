/**
 * Sending hours in words, in the user's language: one line ("Weekdays 09:00–18:00,
 * America/New York", "Mon–Thu, Sat 08:00–20:00, UTC+03:00"), the weekdays' names, and what
 * hours that run past midnight mean. The campaign's page, its editor and the account form say
 * them alike.
 */
import type { TFunction } from 'i18next'
import { Info } from 'luxon'
import type { SendingHours } from '@shared/contract'
import { zoneName } from './zoneName'

type Hours = Pick<SendingHours, 'days' | 'from' | 'to' | 'zone'>

/** The names of the ISO weekdays 1 (Monday) to 7 (Sunday), in that order. */
export function weekdayNames(language: string, style: 'short' | 'long'): string[] {
  return Info.weekdays(style, { locale: language })
}

/** A window that ends at or before it starts belongs to the day it opens on and ends the next. */
export const runsPastMidnight = (hours: Pick<Hours, 'from' | 'to'>): boolean =>
  hours.to <= hours.from

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1)

/** "Weekdays", "Every day", "Weekends", or the days as runs: "Mon–Thu, Sat". */
export function daysSummary(days: readonly number[], t: TFunction, language: string): string {
  const sorted = [...new Set(days)].sort((a, b) => a - b)
  const key = sorted.join('')
  if (key === '1234567') return t('policy.hours.everyDay')
  if (key === '12345') return t('policy.hours.weekdays')
  if (key === '67') return t('policy.hours.weekends')
  const names = weekdayNames(language, 'short')
  const runs: number[][] = []
  for (const day of sorted) {
    const run = runs.at(-1)
    if (run && run.at(-1) === day - 1) run.push(day)
    else runs.push([day])
  }
  const text = runs
    .map((run) =>
      run.length >= 3
        ? `${names[run[0]! - 1]}–${names[run.at(-1)! - 1]}`
        : run.map((d) => names[d - 1]).join(', '),
    )
    .join(', ')
  return capitalized(text)
}

/** The one line: days, hours and zone. */
export function hoursSummary(hours: Hours, t: TFunction, language: string): string {
  return t('policy.hours.summary', {
    days: daysSummary(hours.days, t, language),
    from: hours.from,
    to: hours.to,
    zone: zoneName(hours.zone),
  })
}

/** For a window past midnight, what it means on its first day; null otherwise. */
export function overnightNote(hours: Hours, t: TFunction, language: string): string | null {
  if (!runsPastMidnight(hours) || hours.days.length === 0) return null
  const names = weekdayNames(language, 'long')
  const first = Math.min(...hours.days)
  return t('policy.hours.overnight', {
    start: `${names[first - 1]} ${hours.from}`,
    end: `${names[first % 7]} ${hours.to}`,
  })
}
