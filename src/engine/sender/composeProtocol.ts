/**
 * What the engine's thread and the compose worker say to each other. A campaign's context
 * (its row, the From account, the images and attachments) crosses once, under a key; each
 * message then carries only its recipient, its Message-ID, its date and its DKIM key.
 */
import type { TemplatePart } from '@shared/contract'
import type { ComposeInput } from './compose'
import { TemplateError } from '../render/templateError'
import type { TemplateProblem } from '../render/templateProblem'

/**
 * Contexts the worker keeps, the oldest given up first; the engine's side keeps the same list,
 * so it knows which it must send again. More campaigns at once only cost a resend.
 */
export const CONTEXTS_KEPT = 8

export type ComposeContext = Pick<
  ComposeInput,
  'campaign' | 'account' | 'readAddress' | 'images' | 'attachments'
>

export interface ComposeRequest {
  id: number
  key: string
  /** Only when the worker has not been given this key yet. */
  context?: ComposeContext
  recipient: ComposeInput['recipient']
  to: string
  messageId: string
  date: number
  dkim: ComposeInput['dkim'] | null
}

export type FailureOnTheWire =
  | {
      kind: 'template'
      message: string
      part: TemplatePart
      problem: TemplateProblem
      variable?: string
    }
  | { kind: 'error'; message: string }

export type ComposeReply =
  /** Sent once, when the worker has loaded all its code. */
  | { ready: true }
  | { id: number; ok: true; raw: Uint8Array }
  | { id: number; ok: false; failure: FailureOnTheWire }

/** A thrown error as it can cross to the other thread (a class does not survive the copy). */
export function failureOnTheWire(error: unknown): FailureOnTheWire {
  if (error instanceof TemplateError) {
    return {
      kind: 'template',
      message: error.message,
      part: error.part,
      problem: error.problem,
      ...(error.variable !== undefined && { variable: error.variable }),
    }
  }
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) }
}

/** The error again, a TemplateError where it was one: the sender fails only that row for it. */
export function errorOf(failure: FailureOnTheWire): Error {
  return failure.kind === 'template'
    ? new TemplateError(failure.message, failure.part, failure.problem, failure.variable)
    : new Error(failure.message)
}

/** Bytes come across as a Uint8Array; the MIME builder wants a Buffer over the same memory. */
export const asBuffer = (bytes: Uint8Array): Buffer =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
