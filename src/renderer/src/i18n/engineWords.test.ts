/**
 * Every log kind (and each of its variants), every error reason and every part of a letter the
 * engine can name has words in every language of the window: the lists are the engine's own (src/shared), so a
 * new kind or reason without a translation fails here.
 */
import { describe, expect, it } from 'vitest'
import { TemplatePart } from '@shared/contract'
import { ERROR_REASONS } from '@shared/errorReasons'
import { LOG_KINDS, type LogKind } from '@shared/logKinds'
import { logMessageKey } from '../features/log/logSentence'
import { en } from './en'
import { reasonKey } from './reasonText'
import { ru } from './ru'

const languages = { en, ru } as const

/** The string at a dotted key, or at its plural form `_other`; undefined when there is none. */
function lookup(messages: object, key: string): unknown {
  const path = key.split('.')
  const leaf = path.pop()!
  let node: unknown = messages
  for (const step of path) node = (node as Record<string, unknown> | undefined)?.[step]
  const table = node as Record<string, unknown> | undefined
  return table?.[leaf] ?? table?.[`${leaf}_other`]
}

const logKeys = (Object.keys(LOG_KINDS) as LogKind[]).flatMap((kind) => {
  const variants: readonly string[] = LOG_KINDS[kind]
  const base = logMessageKey(kind)
  return variants.length === 0 ? [base] : variants.map((v) => `${base}_${v}`)
})

describe('the engine’s words', () => {
  it.each(Object.entries(languages))('has every log kind and variant in %s', (_, messages) => {
    expect(logKeys.length).toBeGreaterThan(10)
    const missing = logKeys.filter((key) => typeof lookup(messages, key) !== 'string')
    expect(missing).toEqual([])
  })

  it.each(Object.entries(languages))('has every error reason in %s', (_, messages) => {
    const missing = ERROR_REASONS.map(reasonKey).filter(
      (key) => typeof lookup(messages, key) !== 'string',
    )
    expect(missing).toEqual([])
  })

  it.each(Object.entries(languages))(
    'has every reason a campaign pauses for on its page in %s',
    (_, messages) => {
      const missing = LOG_KINDS['campaign.paused']
        .map((reason) => `campaigns.monitor.reason.${reason}`)
        .filter((key) => typeof lookup(messages, key) !== 'string')
      expect(missing).toEqual([])
    },
  )

  it.each(Object.entries(languages))('has every part of a letter in %s', (_, messages) => {
    const missing = TemplatePart.options
      .map((part) => `campaigns.start.parts.${part}`)
      .filter((key) => typeof lookup(messages, key) !== 'string')
    expect(missing).toEqual([])
  })
})
