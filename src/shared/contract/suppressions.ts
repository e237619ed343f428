/** `suppressions.*`: the do-not-send list. */
import { z } from 'zod'
import { command } from './command'
import { EmailAddress } from './common'

export const Suppression = z.object({
  email: z.string(),
  /** Why: the server's words for a bounce, or what the user wrote. */
  reason: z.string(),
  createdAt: z.number(),
  /** Who put it there: the user, a refusal while sending, a bounce, an unsubscribe request. */
  source: z.enum(['user', 'refused', 'bounce', 'unsubscribe']),
  /** The bounce or unsubscribe message behind it (`mailbox.get`), when there is one. */
  evidenceId: z.number().int().nullable(),
})
export type Suppression = z.output<typeof Suppression>

export const suppressions = {
  list: command(
    z
      .object({
        search: z.string().trim().min(1).nullable().default(null),
        limit: z.number().int().min(1).max(1000).default(200),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    z.object({ total: z.number().int(), items: z.array(Suppression) }),
    'Addresses that never receive mail, newest first.',
  ),
  add: command(
    z
      .object({
        emails: z.array(EmailAddress).min(1).max(1_000_000),
        reason: z.string().trim().min(1).max(500).default('Added by hand'),
      })
      .strict(),
    z.object({ count: z.number().int() }),
    'Add addresses (already listed ones are left as they are).',
  ),
  remove: command(
    z.object({ email: z.string() }).strict(),
    z.object({ count: z.number().int() }),
    'Let an address receive mail again.',
  ),
} as const
