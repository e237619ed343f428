/**
 * One statement per function: the delivery state machine (docs/architecture.md, "Delivery
 * states").
 * Every finalize is guarded by the lease token, so a stale worker can never overwrite a
 * newer outcome.
 */
import type { DeliveryState } from '@shared/contract'
import { APP_STOPPED_NOTE } from '@shared/deliveryNotes'
import type { Db } from './open'
import { prepared } from './prepared'

/** The contract's states: the database stores exactly these. */
export type { DeliveryState }

export interface ClaimedDelivery {
  id: number
  campaign_id: number
  recipient_id: number
  attempts: number
  message_id: string
}

export interface SmtpOutcome {
  code: number | null
  enhanced: string | null
  response: string | null
}

/** Writes one delivery per recipient, suppressed addresses as `skipped`. Returns the count. */
export function insertDeliveriesForCampaign(
  db: Db,
  p: {
    campaignId: number
    messageIdDomain: string
    now: number
    afterId: number
    throughId: number
  },
): number {
  return prepared(
    db,
    `INSERT INTO deliveries (campaign_id, recipient_id, state, message_id,
                               created_at, updated_at, next_attempt_at)
       SELECT r.campaign_id, r.id,
              CASE WHEN s.email IS NULL THEN 'queued' ELSE 'skipped' END,
              -- The row's id first: the unique index then grows at its end, not at random
              -- places (a start of 100,000 writes twice as fast); 80 random bits keep it unguessable.
              printf('<%d.%s@%s>', r.id, lower(hex(randomblob(10))), @messageIdDomain),
              @now, @now, 0
       FROM recipients r LEFT JOIN suppressions s ON s.email = r.email
       WHERE r.campaign_id = @campaignId AND r.id > @afterId AND r.id <= @throughId
       ORDER BY r.id`,
  ).run(p).changes
}

/**
 * The id that ends a slice of at most `rows` recipients after `afterId` (the last one when
 * fewer are left); null when none is left.
 */
export function sliceEndOfRecipients(
  db: Db,
  p: { campaignId: number; afterId: number; rows: number },
): number | null {
  const last = prepared(
    db,
    `SELECT max(id) FROM (SELECT id FROM recipients
       WHERE campaign_id = @campaignId AND id > @afterId ORDER BY id LIMIT @rows)`,
  )
    .pluck()
    .get(p) as number | null
  return last ?? null
}

/**
 * A start writes its deliveries in slices and makes the campaign `sending` only in its last
 * transaction, which also sets `started_at`: rows of a campaign that never started (a draft, a
 * scheduled one, or one cancelled before it started, even after its cancel counted the rows
 * written so far) are a start cut short by a crash. They go with the counters made of them;
 * `except`: the campaigns whose start is under way now. Returns how many rows were removed.
 */
export function deleteDeliveriesOfUnstartedCampaigns(
  db: Db,
  p: { except: readonly number[] },
): number {
  const unstarted = `SELECT id FROM campaigns WHERE started_at IS NULL
       AND id NOT IN (SELECT value FROM json_each(@except))`
  const except = JSON.stringify(p.except)
  prepared(db, `DELETE FROM campaign_counts WHERE campaign_id IN (${unstarted})`).run({ except })
  prepared(db, `DELETE FROM campaign_account_counts WHERE campaign_id IN (${unstarted})`).run({
    except,
  })
  return prepared(db, `DELETE FROM deliveries WHERE campaign_id IN (${unstarted})`).run({ except })
    .changes
}

/**
 * The deliveries a start wrote before it failed, with the counters a cancel meanwhile made of
 * them: the campaign stays as it was, with none. Never those of a campaign that started.
 */
export function deleteDeliveriesOfCampaign(db: Db, campaignId: number): void {
  const unstarted = '(SELECT started_at FROM campaigns WHERE id = @campaignId) IS NULL'
  for (const table of ['campaign_counts', 'campaign_account_counts', 'deliveries']) {
    prepared(db, `DELETE FROM ${table} WHERE campaign_id = @campaignId AND ${unstarted}`).run({
      campaignId,
    })
  }
}

/** How many deliveries a campaign has (its index alone is read). */
export function countDeliveriesOfCampaign(db: Db, campaignId: number): number {
  return prepared(db, 'SELECT count(*) FROM deliveries WHERE campaign_id = ?')
    .pluck()
    .get(campaignId) as number
}

/** The counters start from the rows just written; the trigger keeps them exact afterwards. */
export function seedCampaignCounts(db: Db, campaignId: number): void {
  prepared(
    db,
    `INSERT INTO campaign_counts (campaign_id, state, n)
     SELECT campaign_id, state, count(*) FROM deliveries WHERE campaign_id = ? GROUP BY state`,
  ).run(campaignId)
}

/**
 * Claims the next due rows of one campaign under a lease (the claimable index, in order) for
 * the account that will send them.
 */
export function claimDeliveries(
  db: Db,
  p: {
    campaignId: number
    accountId: number
    now: number
    token: string
    leaseUntil: number
    limit: number
  },
): ClaimedDelivery[] {
  return prepared(
    db,
    `UPDATE deliveries
     SET state = 'sending', attempts = attempts + 1, lease_token = @token,
         lease_expires_at = @leaseUntil, updated_at = @now, account_id = @accountId
     WHERE id IN (
       SELECT id FROM deliveries INDEXED BY deliveries_claimable
       WHERE campaign_id = @campaignId AND state IN ('queued', 'retrying')
         AND next_attempt_at <= @now
       ORDER BY next_attempt_at, id
       LIMIT @limit)
     RETURNING id, campaign_id, recipient_id, attempts, message_id`,
  ).all(p) as ClaimedDelivery[]
}

/**
 * The due rows a claim would take first, without claiming them (the claimable index, in
 * order): a slot renders the next message while the current one is on the wire.
 */
export function peekDueDeliveries(
  db: Db,
  p: { campaignId: number; now: number; limit: number },
): ClaimedDelivery[] {
  return prepared(
    db,
    `SELECT id, campaign_id, recipient_id, attempts, message_id
     FROM deliveries INDEXED BY deliveries_claimable
     WHERE campaign_id = @campaignId AND state IN ('queued', 'retrying')
       AND next_attempt_at <= @now
     ORDER BY next_attempt_at, id
     LIMIT @limit`,
  ).all(p) as ClaimedDelivery[]
}

/** Claims one given row, as claimDeliveries would, if it is still due and unclaimed. */
export function claimDeliveryById(
  db: Db,
  p: {
    id: number
    campaignId: number
    accountId: number
    now: number
    token: string
    leaseUntil: number
  },
): ClaimedDelivery | undefined {
  return prepared(
    db,
    `UPDATE deliveries
     SET state = 'sending', attempts = attempts + 1, lease_token = @token,
         lease_expires_at = @leaseUntil, updated_at = @now, account_id = @accountId
     WHERE id = @id AND campaign_id = @campaignId AND state IN ('queued', 'retrying')
       AND next_attempt_at <= @now
     RETURNING id, campaign_id, recipient_id, attempts, message_id`,
  ).get(p) as ClaimedDelivery | undefined
}

export function markSent(
  db: Db,
  p: { id: number; token: string; now: number } & SmtpOutcome,
): boolean {
  return (
    prepared(
      db,
      `UPDATE deliveries SET state = 'sent', sent_at = @now, updated_at = @now,
           lease_token = NULL, lease_expires_at = NULL,
           last_code = @code, last_enhanced = @enhanced, last_response = @response
         WHERE id = @id AND lease_token = @token AND state = 'sending'`,
    ).run(p).changes === 1
  )
}

export function scheduleRetry(
  db: Db,
  p: { id: number; token: string; now: number; nextAttemptAt: number } & SmtpOutcome,
): boolean {
  return (
    prepared(
      db,
      `UPDATE deliveries SET state = 'retrying', next_attempt_at = @nextAttemptAt,
           updated_at = @now, lease_token = NULL, lease_expires_at = NULL,
           last_code = @code, last_enhanced = @enhanced, last_response = @response
         WHERE id = @id AND lease_token = @token AND state = 'sending'`,
    ).run(p).changes === 1
  )
}

export function markFailed(
  db: Db,
  p: { id: number; token: string; now: number } & SmtpOutcome,
): boolean {
  return (
    prepared(
      db,
      `UPDATE deliveries SET state = 'failed', updated_at = @now,
           lease_token = NULL, lease_expires_at = NULL,
           last_code = @code, last_enhanced = @enhanced, last_response = @response
         WHERE id = @id AND lease_token = @token AND state = 'sending'`,
    ).run(p).changes === 1
  )
}

export function markUncertain(
  db: Db,
  p: { id: number; token: string; now: number } & SmtpOutcome,
): boolean {
  return (
    prepared(
      db,
      `UPDATE deliveries SET state = 'uncertain', updated_at = @now,
           lease_token = NULL, lease_expires_at = NULL,
           last_code = @code, last_enhanced = @enhanced, last_response = @response
         WHERE id = @id AND lease_token = @token AND state = 'sending'`,
    ).run(p).changes === 1
  )
}

/**
 * Gives a claimed row back untouched (account throttled, sender stopping): the attempt is
 * refunded. A row of a campaign cancelled while it was in flight is cancelled with the others.
 */
export function releaseClaim(
  db: Db,
  p: { id: number; token: string; now: number; nextAttemptAt: number },
): boolean {
  return (
    prepared(
      db,
      `UPDATE deliveries SET attempts = attempts - 1,
           state = CASE
             WHEN (SELECT status FROM campaigns WHERE id = deliveries.campaign_id) = 'cancelled'
               THEN 'cancelled'
             WHEN attempts - 1 > 0 THEN 'retrying' ELSE 'queued' END,
           next_attempt_at = @nextAttemptAt, updated_at = @now,
           lease_token = NULL, lease_expires_at = NULL
         WHERE id = @id AND lease_token = @token AND state = 'sending'`,
    ).run(p).changes === 1
  )
}

/** Start-up, before the first claim: a row left `sending` may have been accepted. */
export function markInterruptedSendsUncertain(
  db: Db,
  now: number,
): { id: number; campaign_id: number; account_id: number | null }[] {
  return prepared(
    db,
    `UPDATE deliveries SET state = 'uncertain', updated_at = @now,
         lease_token = NULL, lease_expires_at = NULL, last_code = NULL, last_enhanced = NULL,
         last_response = @note
       WHERE state = 'sending'
       RETURNING id, campaign_id, account_id`,
  ).all({ now, note: APP_STOPPED_NOTE }) as {
    id: number
    campaign_id: number
    account_id: number | null
  }[]
}

export function cancelOpenDeliveries(db: Db, campaignId: number, now: number): number {
  return prepared(
    db,
    `UPDATE deliveries SET state = 'cancelled', updated_at = ?
       WHERE campaign_id = ? AND state IN ('queued', 'retrying')`,
  ).run(now, campaignId).changes
}

/**
 * Failed rows (one, or all of a campaign) go back to the queue with fresh attempts — never one
 * whose address is on the do-not-send list.
 */
export function requeueFailed(
  db: Db,
  p: { campaignId: number; deliveryId: number | null; now: number },
): number {
  return prepared(
    db,
    `UPDATE deliveries SET state = 'queued', attempts = 0, next_attempt_at = 0, cleared = 0,
         updated_at = @now
       WHERE campaign_id = @campaignId AND state = 'failed'
         AND (@deliveryId IS NULL OR id = @deliveryId)
         AND NOT EXISTS (SELECT 1 FROM recipients r JOIN suppressions s ON s.email = r.email
                         WHERE r.id = deliveries.recipient_id)`,
  ).run(p).changes
}

/** Failed rows a retry leaves alone because their address is on the do-not-send list. */
export function countSuppressedFailed(
  db: Db,
  p: { campaignId: number; deliveryId: number | null },
): number {
  const row = prepared(
    db,
    `SELECT count(*) AS n FROM deliveries d
       JOIN recipients r ON r.id = d.recipient_id
       JOIN suppressions s ON s.email = r.email
       WHERE d.campaign_id = @campaignId AND d.state = 'failed'
         AND (@deliveryId IS NULL OR d.id = @deliveryId)`,
  ).get(p) as { n: number }
  return row.n
}

/**
 * Forgets failed rows in the lists; they stay `failed`, so the campaign's counts keep them, and
 * keep `updated_at`: it is when they failed, the time the campaign's activity counts them at.
 */
export function clearFailed(db: Db, p: { campaignId: number; deliveryId: number | null }): number {
  return prepared(
    db,
    `UPDATE deliveries SET cleared = 1
       WHERE campaign_id = @campaignId AND state = 'failed' AND cleared = 0
         AND (@deliveryId IS NULL OR id = @deliveryId)`,
  ).run(p).changes
}

/** The user chose to send again: same row, same Message-ID, fresh attempts. */
export function requeueUncertain(
  db: Db,
  p: { campaignId: number; deliveryId: number | null; now: number },
): number {
  return prepared(
    db,
    `UPDATE deliveries SET state = 'queued', attempts = 0, next_attempt_at = 0, updated_at = @now
       WHERE campaign_id = @campaignId AND state = 'uncertain'
         AND (@deliveryId IS NULL OR id = @deliveryId)`,
  ).run(p).changes
}

/**
 * Uncertain rows turn out sent: the user confirmed it, or the mailbox showed it (the Sent folder
 * holds the copy, a bounce names it). `note` says which, in the row's last reply.
 */
export function markUncertainSent(
  db: Db,
  p: { campaignId: number; deliveryId: number | null; now: number; note: string },
): number {
  return prepared(
    db,
    `UPDATE deliveries SET state = 'sent', sent_at = @now, updated_at = @now,
         last_response = @note
       WHERE campaign_id = @campaignId AND state = 'uncertain'
         AND (@deliveryId IS NULL OR id = @deliveryId)`,
  ).run(p).changes
}

export interface UncertainDeliveryRow {
  id: number
  campaign_id: number
  message_id: string
  /** When it became uncertain: nothing touches an uncertain row until it is settled. */
  updated_at: number
  /** Whether a bounce recorded from the mailbox names it: the server did take it. */
  bounced: number
}

/**
 * An account's uncertain sends, for the mailbox reader to settle from the Sent folder. Asked on
 * every read: the account's counters name the few campaigns that have any, so no scan.
 */
export function selectUncertainOfAccount(db: Db, accountId: number): UncertainDeliveryRow[] {
  return prepared(
    db,
    `SELECT d.id, d.campaign_id, d.message_id, d.updated_at,
       EXISTS (SELECT 1 FROM mailbox_messages m
               WHERE m.delivery_id = d.id AND m.kind = 'bounce') AS bounced
     FROM campaign_account_counts k
     JOIN deliveries d INDEXED BY deliveries_by_campaign_state
       ON d.campaign_id = k.campaign_id AND d.state = 'uncertain'
     WHERE k.account_id = @accountId AND k.state = 'uncertain' AND k.n > 0
       AND d.account_id = @accountId
     ORDER BY d.id`,
  ).all({ accountId }) as UncertainDeliveryRow[]
}

/** Whether a Message-ID (as `<id>`, the way deliveries keep it) is one Outbox sent. */
export function isDeliveryMessageId(db: Db, messageId: string): boolean {
  return (
    prepared(db, 'SELECT 1 FROM deliveries WHERE message_id = ?').pluck().get(messageId) !==
    undefined
  )
}

export function selectCounts(db: Db, campaignId: number): Partial<Record<DeliveryState, number>> {
  const rows = prepared(db, 'SELECT state, n FROM campaign_counts WHERE campaign_id = ?').all(
    campaignId,
  ) as { state: DeliveryState; n: number }[]
  return Object.fromEntries(rows.map((r) => [r.state, r.n]))
}

/** The earliest time a waiting row of this campaign becomes due, or null when none waits. */
export function selectNextDueAt(db: Db, campaignId: number): number | null {
  const row = prepared(
    db,
    `SELECT min(next_attempt_at) AS at FROM deliveries INDEXED BY deliveries_claimable
     WHERE campaign_id = ? AND state IN ('queued', 'retrying')`,
  ).get(campaignId) as { at: number | null }
  return row.at
}

/** The next retry of a campaign, for the queue monitor. */
export function selectNextRetryAt(db: Db, campaignId: number): number | null {
  const row = prepared(
    db,
    `SELECT min(next_attempt_at) AS at FROM deliveries WHERE campaign_id = ? AND state = 'retrying'`,
  ).get(campaignId) as { at: number | null }
  return row.at
}

export interface DeliveryRow {
  id: number
  campaign_id: number
  email: string
  state: DeliveryState
  attempts: number
  next_attempt_at: number
  last_code: number | null
  last_enhanced: string | null
  last_response: string | null
  message_id: string
  updated_at: number
  sent_at: number | null
  /** The account that took it last (see `publicDelivery`). */
  account_id: number | null
  /** What came back from the mailbox (delivery_feedback), null when nothing did. */
  bounce: 'hard' | 'soft' | null
  replied_at: number | null
  auto_replied_at: number | null
  unsubscribed_at: number | null
}

/** The feedback columns of a DeliveryRow, from `delivery_feedback f` LEFT JOINed on the row. */
export const FEEDBACK_COLUMNS = 'f.bounce, f.replied_at, f.auto_replied_at, f.unsubscribed_at'

export function selectDeliveriesInState(
  db: Db,
  p: { campaignId: number; state: DeliveryState; limit: number; offset: number },
): DeliveryRow[] {
  return prepared(
    db,
    `SELECT d.id, d.campaign_id, r.email, d.state, d.attempts, d.next_attempt_at, d.last_code,
              d.last_enhanced, d.last_response, d.message_id, d.updated_at, d.sent_at,
              d.account_id, ${FEEDBACK_COLUMNS}
       FROM deliveries d JOIN recipients r ON r.id = d.recipient_id
       LEFT JOIN delivery_feedback f ON f.delivery_id = d.id
       WHERE d.campaign_id = @campaignId AND d.state = @state AND d.cleared = 0
       ORDER BY d.updated_at DESC, d.id DESC LIMIT @limit OFFSET @offset`,
  ).all(p) as DeliveryRow[]
}

/** What the sender needs to build one message. */
export function selectRecipientOf(db: Db, deliveryId: number): { email: string; data: string } {
  return prepared(
    db,
    'SELECT r.email, r.data FROM deliveries d JOIN recipients r ON r.id = d.recipient_id WHERE d.id = ?',
  ).get(deliveryId) as { email: string; data: string }
}
