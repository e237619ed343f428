/** Errors carried back to the window. */
import { z } from 'zod'

export const ErrorCode = z.enum([
  /** The input did not match the command's schema. */
  'invalid_input',
  /** No such command in the contract. */
  'unknown_command',
  /** The caller is not the app's own window (IPC sender check). */
  'forbidden',
  /** The browser host's token was missing or wrong. */
  'unauthorized',
  'not_found',
  /** The request is valid but the state does not allow it now. */
  'conflict',
  /** The engine cannot be reached: the host stopped or the connection broke. */
  'unavailable',
  /** A bug or an unexpected failure; details are in the log. */
  'internal',
])
export type ErrorCode = z.output<typeof ErrorCode>

export const ErrorPayload = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
  /**
   * A stable name for what went wrong (e.g. "campaign.notDraft") and its values, so the window
   * can say it in the user's language; `message` is the English sentence for everything else.
   */
  reason: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
})
export type ErrorPayload = z.output<typeof ErrorPayload>
