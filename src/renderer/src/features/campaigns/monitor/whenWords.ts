/** A moment worded for a sentence of the campaign page: `{ day, time }` for its placeholders. */
import type { TFunction } from 'i18next'
import { dayAndTime, type Day } from './dayAndTime'

export function dayWords(day: Day, t: TFunction): string {
  switch (day.kind) {
    case 'today':
      return t('campaigns.monitor.when.today')
    case 'tomorrow':
      return t('campaigns.monitor.when.tomorrow')
    case 'weekday':
      return t(`campaigns.monitor.when.weekday.${day.weekday}`)
    case 'date':
      return t('campaigns.monitor.when.date', { date: day.date })
  }
}

export function whenWords(
  at: number,
  zone: string,
  now: number,
  t: TFunction,
  language: string,
): { day: string; time: string } {
  const { day, time } = dayAndTime(at, zone, now, language)
  return { day: dayWords(day, t), time }
}
