/**
 * Soft bounces in several campaigns in a row: an address whose latest `n` campaigns that
 * reached it each bounced (a full mailbox for weeks, a domain that keeps deferring) is taken
 * as gone. Computed from delivery_feedback and deliveries, with no table of its own.
 */
import { countUnbouncedSince, selectNthLatestBounceSentAt } from '../../db/feedbackMatching'
import type { Db } from '../../db/open'

export function softBouncedInARow(db: Db, email: string, n: number): boolean {
  // Since the n-th latest bounce, every message that reached the address bounced.
  const since = selectNthLatestBounceSentAt(db, { email, n })
  return since !== undefined && countUnbouncedSince(db, { email, since }) === 0
}
