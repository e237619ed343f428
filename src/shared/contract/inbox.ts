/** `inbox.*`: the built-in test inbox. */
import { z } from 'zod'
import { command } from './command'
import { ById, Id } from './common'

/** A message the built-in test inbox received. */
export const InboxSummary = z.object({
  id: Id,
  receivedAt: z.number(),
  /** The SMTP envelope, not the headers: who really sent and who really received. */
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string().nullable(),
  messageId: z.string().nullable(),
  size: z.number().int(),
})
export type InboxSummary = z.output<typeof InboxSummary>

export const InboxMessage = InboxSummary.extend({
  headerFrom: z.string(),
  headerTo: z.string(),
  date: z.number().nullable(),
  headers: z.array(z.object({ key: z.string(), line: z.string() })),
  /** As received: the window shows it only in a sandboxed frame. */
  html: z.string().nullable(),
  text: z.string().nullable(),
  attachments: z.array(
    z.object({
      filename: z.string().nullable(),
      contentType: z.string(),
      size: z.number().int(),
      cid: z.string().nullable(),
      inline: z.boolean(),
      /** The bytes, up to 2 MB, for the preview; null above that. */
      dataBase64: z.string().nullable(),
    }),
  ),
})
export type InboxMessage = z.output<typeof InboxMessage>

export const inbox = {
  list: command(
    z
      .object({
        beforeId: Id.nullable().default(null),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    z.array(InboxSummary),
    'Messages the built-in test inbox received, newest first.',
  ),
  get: command(ById, InboxMessage, 'One received message, parsed.'),
  clear: command(z.void(), z.object({ count: z.number().int() }), 'Empty the test inbox.'),
} as const
