import type { ErrorCode, ErrorPayload } from './types'

/** A failure the engine reports on purpose, with a stable code the window can act on. */
export class OutboxError extends Error {
  readonly code: ErrorCode
  readonly details: unknown

  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message)
    this.name = 'OutboxError'
    this.code = code
    this.details = details
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }

  static fromPayload(payload: ErrorPayload): OutboxError {
    return new OutboxError(payload.code, payload.message, payload.details)
  }
}
