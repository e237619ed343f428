import { describe, expect, it } from 'vitest'
import { formatCount, resolveLanguage } from './language'
import { shellStrings, type ShellStrings } from './strings'

/** Every leaf of the table, as "path: kind", so the two languages can be compared. */
function shape(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? shape(value, `${prefix}${key}.`)
      : [`${prefix}${key}: ${typeof value}${typeof value === 'function' ? value.length : ''}`],
  )
}

describe('the main process strings', () => {
  it('has the same keys, of the same kind, in English and Russian', () => {
    expect(shape(shellStrings.ru)).toEqual(shape(shellStrings.en))
  })

  it('has no empty string in either language', () => {
    const leaves = (t: ShellStrings) =>
      Object.values(t).flatMap((v) => (typeof v === 'object' ? Object.values(v) : [v]))
    for (const t of [shellStrings.en, shellStrings.ru])
      for (const v of leaves(t)) if (typeof v === 'string') expect(v.trim()).not.toBe('')
  })

  it('declines Russian counts: one, few, many', () => {
    const paused = shellStrings.ru.tray.paused
    expect(paused(1)).toBe('На паузе: 1 рассылка')
    expect(paused(3)).toBe('На паузе: 3 рассылки')
    expect(paused(5)).toBe('На паузе: 5 рассылок')
    expect(paused(11)).toBe('На паузе: 11 рассылок')
    expect(paused(21)).toBe('На паузе: 21 рассылка')
    expect(paused(22)).toBe('На паузе: 22 рассылки')
    expect(shellStrings.ru.quit.message(1)).toBe('Сейчас отправляется 1 рассылка')
    expect(shellStrings.ru.quit.message(2)).toBe('Сейчас отправляются 2 рассылки')
    expect(shellStrings.ru.quit.message(5)).toBe('Сейчас отправляются 5 рассылок')
  })

  it('says one and other in English', () => {
    expect(shellStrings.en.quit.message(1)).toBe('A campaign is sending')
    expect(shellStrings.en.quit.message(3)).toBe('3 campaigns are sending')
    expect(shellStrings.en.tray.sending(1, '10', '20', 50)).toBe(
      'Sending 1 campaign — 10 of 20 (50%)',
    )
  })

  it('names the tray after the platform in the quit dialog', () => {
    expect(shellStrings.en.quit.keepSending('darwin')).toMatch(/menu bar/)
    expect(shellStrings.en.quit.keepSending('win32')).toMatch(/tray/)
  })
})

describe('the main process language', () => {
  it('follows the setting, else the OS locale', () => {
    expect(resolveLanguage('ru', 'en-US')).toBe('ru')
    expect(resolveLanguage('en', 'ru-RU')).toBe('en')
    expect(resolveLanguage(null, 'ru-RU')).toBe('ru')
    expect(resolveLanguage(null, 'ru')).toBe('ru')
    expect(resolveLanguage(null, 'de-DE')).toBe('en')
    expect(resolveLanguage(null, '')).toBe('en')
  })

  it('writes thousands as each language does', () => {
    expect(formatCount('en', 1234)).toBe('1,234')
    expect(formatCount('ru', 1234)).toBe('1\u00a0234')
  })
})
