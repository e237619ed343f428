/**
 * One statement per function: messages each account handed to a server, counted per minute,
 * for its hourly and daily caps.
 */
import { localTimeZone } from '@shared/sending/timeZone'
import { localDay } from '@shared/sending/warmup'
import { addToAccountDay, selectDayZone } from './accountDays'
import type { Db } from './open'
import { prepared } from './prepared'

export const USAGE_BUCKET_MS = 60_000

/**
 * The computer's zone, asked of Intl at most once a minute: asking costs about 0.3 ms, and
 * the engine needs it with every message an account without a warm-up hands over.
 */
const LOCAL_ZONE_TTL_MS = 60_000
let localZone: { zone: string; readAt: number } | null = null
function computerZone(now: number): string {
  if (!localZone || now < localZone.readAt || now - localZone.readAt >= LOCAL_ZONE_TTL_MS)
    localZone = { zone: localTimeZone(), readAt: now }
  return localZone.zone
}

/**
 * One more message handed over at `now`, in the transaction that records its outcome: for the
 * caps' minutes and for the warm-up's local day (in its zone; the computer's without one).
 */
export function countHandedOver(db: Db, accountId: number, now: number): void {
  prepared(
    db,
    `INSERT INTO account_usage (account_id, minute, n) VALUES (?, ?, 1)
     ON CONFLICT (account_id, minute) DO UPDATE SET n = n + 1`,
  ).run(accountId, Math.floor(now / USAGE_BUCKET_MS))
  const zone = selectDayZone(db, accountId) ?? computerZone(now)
  addToAccountDay(db, accountId, localDay(zone, now))
}

/** The account's counts from `fromMinute` on, oldest first. */
export function selectUsageSince(
  db: Db,
  accountId: number,
  fromMinute: number,
): { minute: number; n: number }[] {
  return prepared(
    db,
    'SELECT minute, n FROM account_usage WHERE account_id = ? AND minute >= ? ORDER BY minute',
  ).all(accountId, fromMinute) as { minute: number; n: number }[]
}

/**
 * Messages the account claimed and has not finished (of any campaign): they will count once
 * their outcome is written.
 */
export function countSendingOfAccount(db: Db, accountId: number): number {
  return prepared(db, `SELECT count(*) FROM deliveries WHERE state = 'sending' AND account_id = ?`)
    .pluck()
    .get(accountId) as number
}

/** Counts older than any window still asked about. */
export function deleteUsageBefore(db: Db, minute: number): number {
  return prepared(db, 'DELETE FROM account_usage WHERE minute < ?').run(minute).changes
}
