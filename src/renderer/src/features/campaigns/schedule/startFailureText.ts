/**
 * Why a scheduled start was refused, in the user's words. The engine keeps the refusal as JSON
 * in `statusDetail` (`{ message, reason?, params? }`, see the engine's schedule/startFailure.ts):
 * a reason this window knows is worded like any engine error; else its English message shows.
 */
import type { i18n as I18n, TFunction } from 'i18next'
import type { Params } from '@shared/contract'
import { reasonText } from '@renderer/i18n/reasonText'

interface Kept {
  message?: unknown
  reason?: unknown
  params?: unknown
}

function parsed(detail: string): Kept | null {
  try {
    const value: unknown = JSON.parse(detail)
    return value !== null && typeof value === 'object' ? (value as Kept) : null
  } catch {
    return null
  }
}

export function startFailureText(detail: string | null, t: TFunction, i18n: I18n): string {
  if (detail === null) return t('campaigns.schedule.failedUnknown')
  const kept = parsed(detail)
  // An older engine kept the English sentence itself.
  if (kept === null) return detail
  const params =
    kept.params !== null && typeof kept.params === 'object' ? (kept.params as Params) : undefined
  const worded = typeof kept.reason === 'string' ? reasonText(t, i18n, kept.reason, params) : null
  if (worded) return worded
  return typeof kept.message === 'string' ? kept.message : t('campaigns.schedule.failedUnknown')
}
