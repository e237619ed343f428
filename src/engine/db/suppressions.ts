/** One statement per function: addresses that never receive mail. */
import type { Db } from './open'
import { prepared } from './prepared'

export interface SuppressionRow {
  email: string
  reason: string
  created_at: number
}

export function insertSuppression(db: Db, email: string, reason: string, now: number): boolean {
  return (
    prepared(
      db,
      'INSERT INTO suppressions (email, reason, created_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    ).run(email, reason, now).changes === 1
  )
}

export function deleteSuppression(db: Db, email: string): boolean {
  return prepared(db, 'DELETE FROM suppressions WHERE email = ?').run(email).changes === 1
}

// The addresses containing `search`, in any case and alphabet (`fold`, see open.ts).
const MATCHES = '@search IS NULL OR instr(fold(email), fold(@search)) > 0'

/** Newest first, optionally the addresses containing `search`. */
export function selectSuppressions(
  db: Db,
  p: { search: string | null; limit: number; offset: number },
): SuppressionRow[] {
  return prepared(
    db,
    `SELECT email, reason, created_at FROM suppressions WHERE ${MATCHES}
     ORDER BY created_at DESC, email LIMIT @limit OFFSET @offset`,
  ).all(p) as SuppressionRow[]
}

/** How many addresses the same search finds, for paging. */
export function countSuppressions(db: Db, p: { search: string | null }): number {
  return prepared(db, `SELECT count(*) FROM suppressions WHERE ${MATCHES}`)
    .pluck()
    .get({ search: p.search }) as number
}

/** Why an address is suppressed, or undefined when it is not. */
export function selectSuppressionReason(db: Db, email: string): string | undefined {
  return prepared(db, 'SELECT reason FROM suppressions WHERE email = ?').pluck().get(email) as
    string | undefined
}
