import { describe, expect, it } from 'vitest'
import { en } from './en'
import { systemLanguage } from './index'
import { ru } from './ru'

function leaves(obj: object, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  )
}

describe('translations', () => {
  it('give every English string a non-empty Russian one with the same placeholders', () => {
    const ruStrings = new Map(leaves(ru))
    for (const [key, text] of leaves(en)) {
      const translated = ruStrings.get(key)
      expect(translated, key).toBeTypeOf('string')
      expect((translated as string).trim(), key).not.toBe('')
      const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort()
      expect(placeholders(translated as string), key).toEqual(placeholders(text as string))
    }
    expect(ruStrings.size).toBe(leaves(en).length)
  })

  it('picks Russian for a Russian-speaking system and English otherwise', () => {
    expect(systemLanguage(['ru-RU', 'en-US'])).toBe('ru')
    expect(systemLanguage(['en-GB', 'ru'])).toBe('ru')
    expect(systemLanguage(['de-DE'])).toBe('en')
    expect(systemLanguage([])).toBe('en')
  })
})
