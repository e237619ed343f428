/**
 * A log line in the user's words, from its kind, its variant and its params (the engine's
 * English message is for the log file and for kinds this window does not know: null here).
 */
import type { i18n as I18n, TFunction } from 'i18next'
import { formatMoment } from '@renderer/format/moment'
import { instantOf } from '@renderer/format/wallClock'
import { zoneName } from '@renderer/format/zoneName'
import { reasonText, wordedParams } from '../../i18n/reasonText'
import type { Params } from '@shared/contract'

export function logMessageKey(kind: string): string {
  return `log.messages.${kind.replace(/[.-]/g, '_')}`
}

export function logSentence(
  t: TFunction,
  i18n: I18n,
  line: { kind: string; params: Params; at?: number },
): string | null {
  const { params } = line
  const key = logMessageKey(line.kind)
  const options = {
    ...wordedParams(t, params),
    ...scheduledMoment(params, i18n.language, line.at),
    ...(params.variant !== undefined && { context: String(params.variant) }),
  }
  if (!i18n.exists(key, options)) return null
  const sentence = t(key as 'log.title', options)
  // A template that did not fit, a scheduled start refused: why, as the editor says it.
  const problem =
    typeof params.reason === 'string' ? reasonText(t, i18n, params.reason, params) : null
  return problem ? `${sentence}. ${problem}` : sentence
}

/**
 * A schedule's time as the engine logs it (`at` '2030-12-03 09:00' on the clock of `zone`), as
 * the window writes a moment: "Tue, Dec 3, 09:00 (Europe/Moscow)", the year when it is not the
 * line's. Nothing when the line has no such time.
 */
function scheduledMoment(params: Params, language: string, loggedAt: number | undefined) {
  const { at, zone } = params
  if (typeof at !== 'string' || typeof zone !== 'string') return {}
  const [date = '', time = ''] = at.split(' ')
  const ms = instantOf(date, time, zone)
  if (ms === null) return {}
  return { at: formatMoment(ms, zone, language, loggedAt ?? ms), zone: zoneName(zone) }
}
