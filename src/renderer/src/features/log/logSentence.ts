/**
 * A log line in the user's words, from its kind, its variant and its params (the engine's
 * English message is for the log file and for kinds this window does not know: null here).
 */
import type { i18n as I18n, TFunction } from 'i18next'
import { reasonText, wordedParams } from '../../i18n/reasonText'
import type { Params } from '@shared/contract'

export function logMessageKey(kind: string): string {
  return `log.messages.${kind.replace(/[.-]/g, '_')}`
}

export function logSentence(
  t: TFunction,
  i18n: I18n,
  line: { kind: string; params: Params },
): string | null {
  const { params } = line
  const key = logMessageKey(line.kind)
  const options = {
    ...wordedParams(t, params),
    ...(params.variant !== undefined && { context: String(params.variant) }),
  }
  if (!i18n.exists(key, options)) return null
  const sentence = t(key as 'log.title', options)
  // A template that did not fit: what is wrong and where, as the editor says it.
  const problem =
    params.variant === 'template' ? reasonText(t, i18n, String(params.reason), params) : null
  return problem ? `${sentence}. ${problem}` : sentence
}
