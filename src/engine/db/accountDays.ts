/**
 * One statement per function: messages each account handed over per local day (`YYYY-MM-DD`
 * in its warm-up's zone), the real sending history a warm-up counts its days from.
 */
import type { Db } from './open'
import { prepared } from './prepared'

/** The zone an account's days are counted in: its warm-up's, or null (the computer's). */
export function selectDayZone(db: Db, accountId: number): string | null {
  return (
    (prepared(db, "SELECT json_extract(warmup, '$.zone') FROM accounts WHERE id = ?")
      .pluck()
      .get(accountId) as string | null | undefined) ?? null
  )
}

/** One more message handed over on `day`; in the transaction that records its outcome. */
export function addToAccountDay(db: Db, accountId: number, day: string): void {
  prepared(
    db,
    `INSERT INTO account_days (account_id, day, n) VALUES (?, ?, 1)
     ON CONFLICT (account_id, day) DO UPDATE SET n = n + 1`,
  ).run(accountId, day)
}

/** Messages handed over on `day` (0 when none). */
export function selectAccountDay(db: Db, accountId: number, day: string): number {
  return (
    (prepared(db, 'SELECT n FROM account_days WHERE account_id = ? AND day = ?')
      .pluck()
      .get(accountId, day) as number | undefined) ?? 0
  )
}

/** Days from `fromDay` up to, not including, `beforeDay` on which the account sent anything. */
export function countSendingDays(
  db: Db,
  accountId: number,
  fromDay: string,
  beforeDay: string,
): number {
  return prepared(
    db,
    `SELECT count(*) FROM account_days
     WHERE account_id = ? AND day >= ? AND day < ? AND n > 0`,
  )
    .pluck()
    .get(accountId, fromDay, beforeDay) as number
}
