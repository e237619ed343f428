/** The suppression list as the window manages it. */
import type { Suppression } from '@shared/contract'
import type { Clock } from '@shared/clock'
import type { Db } from './db/open'
import {
  countSuppressions,
  deleteSuppression,
  insertSuppression,
  selectSuppressions,
} from './db/suppressions'

export function listSuppressions(
  db: Db,
  p: { search: string | null; limit: number; offset: number },
): { total: number; items: Suppression[] } {
  return {
    total: countSuppressions(db, p),
    items: selectSuppressions(db, p).map((r) => ({
      email: r.email,
      reason: r.reason,
      createdAt: r.created_at,
      source: r.source,
      evidenceId: r.evidence_id,
    })),
  }
}

export function addSuppressions(
  db: Db,
  clock: Clock,
  p: { emails: string[]; reason: string },
): { count: number } {
  const now = clock.now()
  const count = db.transaction(() =>
    p.emails.reduce((n, email) => n + (insertSuppression(db, email, p.reason, now) ? 1 : 0), 0),
  )()
  return { count }
}

export function removeSuppression(db: Db, email: string): { count: number } {
  return { count: deleteSuppression(db, email) ? 1 : 0 }
}
