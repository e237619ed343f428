/** The starter letters: valid designs, the same letter in both languages, and safe for any list. */
import { describe, expect, it } from 'vitest'
import { quietColour } from '../blocks'
import { LetterDesign } from '../design'
import { toEmailHtml } from '../toEmailHtml'
import { STARTERS, STARTER_KINDS } from './index'

const shape = (d: LetterDesign): unknown =>
  d.blocks.map((b) =>
    b.type === 'columns' ? [b.type, b.columns.map((c) => c.map((x) => x.type))] : b.type,
  )

describe('starter letters', () => {
  it.each(STARTER_KINDS)(
    '%s: a valid design in English and Russian, with the same blocks in each',
    (kind) => {
      const { en, ru } = STARTERS[kind]
      expect(LetterDesign.parse(en)).toEqual(en)
      expect(LetterDesign.parse(ru)).toEqual(ru)
      expect([en.language, ru.language]).toEqual(['en', 'ru'])
      expect(shape(ru)).toEqual(shape(en))
      expect(en.blocks.at(-1)!.type).toBe('footer')
    },
  )

  it.each(STARTER_KINDS)(
    '%s: Russian words in the Russian letter, English in the English one',
    (kind) => {
      const words = (d: LetterDesign) =>
        JSON.stringify(d.blocks).replace(/"(type|id|href|url)":"[^"]*"/g, '')
      expect(words(STARTERS[kind].ru)).toMatch(/[а-яё]{4,}/i)
      expect(words(STARTERS[kind].en)).not.toMatch(/[а-яё]/i)
    },
  )

  it.each(STARTER_KINDS)(
    '%s: the only variable is the unsubscribe link, so any list can be sent it',
    (kind) => {
      for (const design of Object.values(STARTERS[kind])) {
        const variables = [...toEmailHtml(design).matchAll(/(?<!\\)\{\{([^}]*)\}\}/g)].map(
          (m) => m[1],
        )
        expect(new Set(variables)).toEqual(new Set(['unsubscribeUrl']))
      }
    },
  )

  it.each(STARTER_KINDS)(
    '%s: every paragraph and heading carries its font, size and colour',
    (kind) => {
      for (const design of Object.values(STARTERS[kind])) {
        const tags = [...toEmailHtml(design).matchAll(/<(p|h[123]|li|ul|ol) style="([^"]*)"/g)]
        expect(tags.length).toBeGreaterThan(2)
        for (const [, , css] of tags)
          expect(css).toMatch(/font-family:[^;]+;font-size:\d+px;line-height:\d+px;color:#/)
      }
    },
  )

  it.each(STARTER_KINDS)(
    '%s: the footer’s small text is readable (4.5:1 against the paper)',
    (kind) => {
      const luminance = (hex: string) => {
        const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
        const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
        return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!)
      }
      for (const design of Object.values(STARTERS[kind])) {
        const [a, b] = [luminance(quietColour(design.theme)), luminance(design.theme.paper)]
        expect((Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)).toBeGreaterThanOrEqual(4.5)
      }
    },
  )
})
