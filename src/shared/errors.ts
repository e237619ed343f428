import type { ErrorReasonName } from './errorReasons'
import type { Params } from './contract'
import type { ErrorCode, ErrorPayload } from './types'

/** A failure the engine reports on purpose, with a stable code the window can act on. */
export type ErrorReason = { reason: ErrorReasonName; params?: Params }

export class OutboxError extends Error {
  readonly code: ErrorCode
  readonly details: unknown
  /** For the window's translation: see ErrorPayload.reason. */
  readonly reason: ErrorReason | undefined

  constructor(code: ErrorCode, message: string, details?: unknown, reason?: ErrorReason) {
    super(message)
    this.name = 'OutboxError'
    this.code = code
    this.details = details
    this.reason = reason
  }

  toPayload(): ErrorPayload {
    return {
      code: this.code,
      message: this.message,
      ...(this.details !== undefined && { details: this.details }),
      ...(this.reason && { reason: this.reason.reason }),
      ...(this.reason?.params && { params: this.reason.params }),
    }
  }

  static fromPayload(payload: ErrorPayload): OutboxError {
    // From the wire: a reason this window does not know stays, and is shown as the message.
    const reason = payload.reason
      ? ({
          reason: payload.reason,
          ...(payload.params && { params: payload.params }),
        } as ErrorReason)
      : undefined
    return new OutboxError(payload.code, payload.message, payload.details, reason)
  }
}
