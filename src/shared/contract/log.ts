/** `log.*`: the event log. */
import { z } from 'zod'
import { command } from './command'
import { Id, LogLevel, Params } from './common'

export const LogEntry = z.object({
  id: Id,
  at: z.number(),
  level: LogLevel,
  kind: z.string(),
  campaignId: z.number().nullable(),
  /** Its campaign's name, kept once the campaign is deleted (ids are never reused). */
  campaign: z.object({ name: z.string(), deleted: z.boolean() }).nullable(),
  email: z.string().nullable(),
  /** In English; `kind` and `params` let the window say it in the user's language. */
  message: z.string(),
  params: Params,
  smtpCode: z.number().nullable(),
  smtpResponse: z.string().nullable(),
})
export type LogEntry = z.output<typeof LogEntry>

export const log = {
  list: command(
    z
      .object({
        campaignId: Id.nullable().default(null),
        level: LogLevel.nullable().default(null),
        beforeId: Id.nullable().default(null),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    z.array(LogEntry),
    'The event log, newest first.',
  ),
} as const
