/**
 * One statement per function: finding the delivery a message read from the mailbox is about
 * (by its Message-ID, by the unsubscribe token, by the recipient's address), and an address's
 * latest campaigns for the soft-bounce streak.
 */
import type { Db } from './open'
import { prepared } from './prepared'

/** A delivery as the mailbox's effects need it: where it belongs and who it went to. */
export interface MatchedDelivery {
  id: number
  campaign_id: number
  account_id: number | null
  email: string
}

const MATCHED = 'd.id, d.campaign_id, d.account_id, r.email'

/** By the Message-ID as stored, angle brackets included (the deliveries' unique index). */
export function selectDeliveryByMessageId(db: Db, messageId: string): MatchedDelivery | undefined {
  return prepared(
    db,
    `SELECT ${MATCHED} FROM deliveries d JOIN recipients r ON r.id = d.recipient_id
     WHERE d.message_id = ?`,
  ).get(messageId) as MatchedDelivery | undefined
}

/**
 * By the Message-ID's local part, whatever its domain: a range `<token@` … `<tokenA` on the
 * unique index (`A` follows `@`), so at most one row of the index is looked at.
 */
export function selectDeliveryByLocalPart(db: Db, localPart: string): MatchedDelivery | undefined {
  return prepared(
    db,
    `SELECT ${MATCHED} FROM deliveries d JOIN recipients r ON r.id = d.recipient_id
     WHERE d.message_id >= @from AND d.message_id < @to
     LIMIT 1`,
  ).get({ from: `<${localPart}@`, to: `<${localPart}A` }) as MatchedDelivery | undefined
}

/**
 * The latest message sent to `email` through the account since `since`: each of the account's
 * campaigns is walked by its sent index (`deliveries_sent_at`), newest first.
 */
export function selectRecentDeliveryTo(
  db: Db,
  p: { accountId: number; email: string; since: number },
): MatchedDelivery | undefined {
  return prepared(
    db,
    `SELECT ${MATCHED} FROM campaign_accounts ca
       JOIN deliveries d ON d.campaign_id = ca.campaign_id AND d.state = 'sent'
         AND d.sent_at >= @since
       JOIN recipients r ON r.id = d.recipient_id
     WHERE ca.account_id = @accountId AND d.account_id = @accountId
       AND r.email = @email COLLATE NOCASE
     ORDER BY d.sent_at DESC, d.id DESC LIMIT 1`,
  ).get(p) as MatchedDelivery | undefined
}

/**
 * When the address's `n`-th latest bounced delivery (soft or hard) was sent, or undefined when
 * it bounced fewer than `n` times. Walks delivery_feedback, which holds only deliveries that
 * heard something back.
 */
export function selectNthLatestBounceSentAt(
  db: Db,
  p: { email: string; n: number },
): number | undefined {
  return prepared(
    db,
    `SELECT d.sent_at FROM delivery_feedback f
       JOIN deliveries d ON d.id = f.delivery_id
       JOIN recipients r ON r.id = d.recipient_id
     WHERE f.bounce IS NOT NULL AND d.sent_at IS NOT NULL AND r.email = @email COLLATE NOCASE
     ORDER BY d.sent_at DESC LIMIT 1 OFFSET @n - 1`,
  )
    .pluck()
    .get(p) as number | undefined
}

/**
 * Messages that reached the address since `since` without a bounce: any one breaks a streak.
 * Only campaigns that may have sent since then are walked, each by its sent index.
 */
export function countUnbouncedSince(db: Db, p: { email: string; since: number }): number {
  return prepared(
    db,
    `SELECT count(*) FROM campaigns c
       JOIN deliveries d ON d.campaign_id = c.id AND d.state = 'sent' AND d.sent_at >= @since
       JOIN recipients r ON r.id = d.recipient_id
       LEFT JOIN delivery_feedback f ON f.delivery_id = d.id
     WHERE c.started_at IS NOT NULL AND (c.completed_at IS NULL OR c.completed_at >= @since)
       AND r.email = @email COLLATE NOCASE AND f.bounce IS NULL`,
  )
    .pluck()
    .get(p) as number
}
