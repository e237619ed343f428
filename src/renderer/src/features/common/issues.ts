import { OutboxError } from '@shared/errors'

/** One thing the contract refused, with its path as "a.b.c" (e.g. "dkim.domain", "emails.3"). */
export interface Issue {
  path: string
  code: string
  message: string
  /** For size issues: what was measured ('string', 'number', 'array', …). */
  origin?: string
}

/** The per-field problems of an invalid_input error (the schema's issues); [] for any other. */
export function issuesOf(error: unknown): Issue[] {
  if (!(error instanceof OutboxError) || error.code !== 'invalid_input') return []
  if (!Array.isArray(error.details)) return []
  return error.details.flatMap((d: unknown) => {
    if (!d || typeof d !== 'object') return []
    const i = d as { path?: unknown; code?: unknown; message?: unknown; origin?: unknown }
    if (!Array.isArray(i.path)) return []
    return [
      {
        path: i.path.join('.'),
        code: String(i.code ?? ''),
        message: String(i.message ?? ''),
        ...(typeof i.origin === 'string' ? { origin: i.origin } : {}),
      },
    ]
  })
}
