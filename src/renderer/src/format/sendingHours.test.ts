import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { translators } from '@renderer/test/translators'
import { daysSummary, hoursSummary, overnightNote, runsPastMidnight } from './sendingHours'

let en: TFunction
let ru: TFunction
beforeAll(async () => ({ en, ru } = await translators()))

const office = { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', zone: 'Europe/Moscow' }

describe('the sending-hours summary', () => {
  it('names the usual sets of days, and runs of days otherwise', () => {
    expect(hoursSummary(office, en, 'en')).toBe('Weekdays 09:00–18:00, Europe/Moscow')
    expect(hoursSummary(office, ru, 'ru')).toBe('Будни 09:00–18:00, Europe/Moscow')
    expect(hoursSummary({ ...office, zone: 'America/New_York' }, en, 'en')).toBe(
      'Weekdays 09:00–18:00, America/New York',
    )
    expect(daysSummary([7, 6], en, 'en')).toBe('Weekends')
    expect(daysSummary([1, 2, 3, 4, 5, 6, 7], ru, 'ru')).toBe('Каждый день')
    expect(daysSummary([1, 2, 3, 4, 6], en, 'en')).toBe('Mon–Thu, Sat')
    expect(daysSummary([1, 2, 3, 4, 6], ru, 'ru')).toBe('Пн–чт, сб')
    expect(daysSummary([1, 3], en, 'en')).toBe('Mon, Wed')
    expect(daysSummary([6, 7, 1], en, 'en')).toBe('Mon, Sat, Sun')
  })

  it('says when the hours run past midnight, on which day they open and end', () => {
    const night = { days: [5], from: '22:00', to: '06:00', zone: 'UTC+03:00' }
    expect(runsPastMidnight(night)).toBe(true)
    expect(runsPastMidnight(office)).toBe(false)
    expect(overnightNote(office, en, 'en')).toBeNull()
    expect(hoursSummary(night, en, 'en')).toBe('Fri 22:00–06:00, UTC+03:00')
    expect(overnightNote(night, en, 'en')).toBe(
      'Runs past midnight: each day’s hours end the next day (Friday 22:00 → Saturday 06:00).',
    )
    expect(overnightNote({ ...night, days: [7] }, ru, 'ru')).toBe(
      'Часы переходят через полночь: отправка, начатая в выбранный день, заканчивается на следующий (воскресенье 22:00 → понедельник 06:00).',
    )
  })
})
