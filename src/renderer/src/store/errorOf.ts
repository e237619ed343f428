import { OutboxError } from '@shared/errors'

export interface ShownError {
  code: string
  message: string
  /** The engine's name for the problem and its values, when it gave one (see ErrorPayload). */
  reason?: string
  params?: Record<string, string | number>
}

/** The code and message of any failure (and its reason, if any), in the shape the store keeps. */
export function errorOf(error: unknown): ShownError {
  if (error instanceof OutboxError) {
    return {
      code: error.code,
      message: error.message,
      ...(error.reason && { reason: error.reason.reason }),
      ...(error.reason?.params && { params: error.reason.params }),
    }
  }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) }
}
