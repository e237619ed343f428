/**
 * Why a scheduled start was refused, kept so the window can word it: the refusal's reason and
 * params when it is an OutboxError that has them (as in `shared/errorReasons.ts`), and its
 * English message always (the log file's words, and the window's for an unknown reason). It
 * is stored as JSON in `status_detail` of a campaign that stays `scheduled` with the reason
 * `startFailed`.
 */
import type { Params } from '@shared/contract'
import { OutboxError } from '@shared/errors'

export interface StartFailure {
  message: string
  reason?: string
  params?: Params
}

export function startFailure(error: unknown): StartFailure {
  const message = error instanceof Error ? error.message : String(error)
  if (!(error instanceof OutboxError) || !error.reason) return { message }
  const { reason, params } = error.reason
  return { message, reason, ...(params && { params }) }
}

/**
 * The log line's params: the reason and its params, flat, as a template's problem is logged
 * (the window words them); the English message only when there is no reason to word.
 */
export function startFailureParams(failure: StartFailure): Params {
  return failure.reason
    ? { reason: failure.reason, ...failure.params }
    : { detail: failure.message }
}
