import { describe, expect, it } from 'vitest'
import { en } from './en'
import { systemLanguage } from './index'
import { ru } from './ru'

function leaves(obj: object, prefix = ''): [string, unknown][] {
  return Object.entries(obj).flatMap(([k, v]) =>
    v && typeof v === 'object' ? leaves(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]],
  )
}

const PLURAL = /_(zero|one|two|few|many|other)$/
const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort()

/** Each key once, plural forms folded into their base key with the forms present. */
function keyed(messages: object): Map<string, { forms: Set<string>; texts: string[] }> {
  const out = new Map<string, { forms: Set<string>; texts: string[] }>()
  for (const [key, text] of leaves(messages)) {
    const form = PLURAL.exec(key)?.[1]
    const base = form ? key.slice(0, -form.length - 1) : key
    const entry = out.get(base) ?? { forms: new Set<string>(), texts: [] }
    if (form) entry.forms.add(form)
    entry.texts.push(text as string)
    out.set(base, entry)
  }
  return out
}

describe('translations', () => {
  it('give every English string a non-empty Russian one with the same placeholders', () => {
    const english = keyed(en)
    const russian = keyed(ru)
    expect([...russian.keys()].sort()).toEqual([...english.keys()].sort())
    for (const [key, { texts }] of english) {
      const expected = placeholders(texts[0]!)
      for (const text of [...texts, ...russian.get(key)!.texts]) {
        expect(text.trim(), key).not.toBe('')
        expect(placeholders(text), key).toEqual(expected)
      }
    }
  })

  it('have every plural form each language’s rules ask for', () => {
    for (const [language, messages] of [
      ['en', en],
      ['ru', ru],
    ] as const) {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories
      for (const [key, { forms }] of keyed(messages)) {
        if (forms.size === 0) continue
        expect([...forms].sort(), `${language} ${key}`).toEqual([...needed].sort())
      }
    }
  })

  it('picks Russian for a Russian-speaking system and English otherwise', () => {
    expect(systemLanguage(['ru-RU', 'en-US'])).toBe('ru')
    expect(systemLanguage(['en-GB', 'ru'])).toBe('ru')
    expect(systemLanguage(['de-DE'])).toBe('en')
    expect(systemLanguage([])).toBe('en')
  })
})
