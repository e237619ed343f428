/**
 * The engine's reasons (errors, template problems) in the user's words. The engine sends a
 * stable reason and its values; a value that is itself a word of the interface (a campaign
 * status, a part of the letter) is worded too. Unknown reasons give null: the caller then
 * shows the engine's English sentence.
 */
import type { i18n as I18n, TFunction } from 'i18next'
import type { Params } from '@shared/contract'

/** Values that are words of the interface, in the user's language; the rest as they came. */
export function wordedParams(t: TFunction, params: Params | undefined): Params {
  const out: Params = { ...params }
  for (const name of ['status', 'to'] as const) {
    if (typeof out[name] === 'string')
      out[name] = t(`campaigns.status.${out[name]}` as 'campaigns.status.draft')
  }
  if (typeof out.part === 'string')
    out.part = t(`campaigns.start.parts.${out.part}` as 'campaigns.start.parts.html')
  return out
}

export function reasonKey(reason: string): string {
  return `errors.reasons.${reason.replace(/\./g, '_')}`
}

export function reasonText(
  t: TFunction,
  i18n: I18n,
  reason: string | undefined,
  params: Params | undefined,
): string | null {
  if (!reason) return null
  const key = reasonKey(reason)
  const options = { ...wordedParams(t, params) }
  if (!i18n.exists(key, options)) return null
  return t(key as 'errors.generic', options as { message: string })
}
