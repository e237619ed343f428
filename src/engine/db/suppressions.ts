/** One statement per function: addresses that never receive mail. */
import type { Db } from './open'
import { prepared } from './prepared'

/** Who put an address on the list: the user, a refusal at RCPT, a bounce, an unsubscribe. */
export type SuppressionSource = 'user' | 'refused' | 'bounce' | 'unsubscribe'

export interface SuppressionRow {
  email: string
  reason: string
  created_at: number
  source: SuppressionSource
  /** The mailbox message that put it there (a bounce, an unsubscribe request). */
  evidence_id: number | null
}

export function insertSuppression(
  db: Db,
  email: string,
  reason: string,
  now: number,
  source: SuppressionSource = 'user',
  evidenceId: number | null = null,
): boolean {
  return (
    prepared(
      db,
      `INSERT INTO suppressions (email, reason, created_at, source, evidence_id)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    ).run(email, reason, now, source, evidenceId).changes === 1
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
    `SELECT email, reason, created_at, source, evidence_id FROM suppressions WHERE ${MATCHES}
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
