import { OutboxError } from '../../../shared/errors'

/** The code and message of any failure, in the shape the store keeps. */
export function errorOf(error: unknown): { code: string; message: string } {
  if (error instanceof OutboxError) return { code: error.code, message: error.message }
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) }
}
