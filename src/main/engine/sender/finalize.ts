/**
 * Writes the outcome of one send, inside the group-commit transaction: the delivery's new
 * state, its log line, and what it means for the campaign and the account.
 */
import { countHandedOver } from '../db/accountUsage'
import { insertSuppression } from '../db/suppressions'
import { completeIfDone, type CampaignRow } from '../db/campaigns'
import {
  markFailed,
  markSent,
  markUncertain,
  releaseClaim,
  scheduleRetry,
  type ClaimedDelivery,
  type SmtpOutcome,
} from '../db/deliveries'
import type { Params } from '../../../shared/logKinds'
import type { Db } from '../db/open'
import type { EngineLog } from '../log/engineLog'
import { retryDelayMs } from '../queue/backoff'
import type { Verdict } from '../smtp/policy'

/** What the sender must do after the commit. */
export type Effect =
  | { kind: 'none' }
  | { kind: 'completed' }
  | { kind: 'throttle' }
  | { kind: 'pause-campaign'; reason: 'account' | 'sender' | 'quota' | 'content'; detail: string }

export interface Outcome {
  delivery: ClaimedDelivery
  token: string
  campaign: CampaignRow
  email: string
  /** `interrupted`: the engine cut the send (stop, hold) before the body went out. */
  verdict: Verdict | { kind: 'sent' } | { kind: 'interrupted' }
  smtp: SmtpOutcome
  /** A one-line explanation when there was no server reply (timeout, template error…). */
  message: string
  /** A template that does not fit this recipient: its reason and params, for the window. */
  template?: Params
}

export function finalize(
  db: Db,
  o: Outcome,
  ctx: { now: number; log: EngineLog; random: () => number; contentRejections: number },
): Effect {
  const { delivery: d, token, campaign: c, email, smtp, now } = { ...o, now: ctx.now }
  const base = { id: d.id, token, now, ...smtp }
  const line = {
    campaignId: c.id,
    deliveryId: d.id,
    email,
    smtpCode: smtp.code,
    smtpResponse: smtp.response,
  }
  const v = o.verdict

  switch (v.kind) {
    case 'sent': {
      if (!markSent(db, base)) return { kind: 'none' }
      countHandedOver(db, c.account_id, now)
      ctx.log.write(db, {
        ...line,
        level: 'info',
        kind: 'delivery.sent',
        message: 'Campaign email sent',
      })
      return completeIfDone(db, c.id, now) ? completedLine(db, ctx, c) : { kind: 'none' }
    }
    case 'retry': {
      if (d.attempts >= c.max_attempts)
        return fail(db, base, ctx, line, c, `Gave up after ${d.attempts} attempts`, {
          variant: 'gaveUp',
          attempts: d.attempts,
        })
      const nextAttemptAt = now + retryDelayMs(c.backoff_ms, d.attempts, ctx.random)
      if (!scheduleRetry(db, { ...base, nextAttemptAt })) return { kind: 'none' }
      ctx.log.write(db, {
        ...line,
        level: 'warn',
        kind: 'delivery.retrying',
        message: `Campaign email will be retried (attempt ${d.attempts} of ${c.max_attempts}): ${o.message}`,
        params: { attempt: d.attempts, maxAttempts: c.max_attempts },
      })
      return { kind: 'none' }
    }
    case 'uncertain': {
      if (!markUncertain(db, base)) return { kind: 'none' }
      countHandedOver(db, c.account_id, now) // it may have arrived: the caps count it
      ctx.log.write(db, {
        ...line,
        level: 'warn',
        kind: 'delivery.uncertain',
        message: `Campaign email uncertain: the connection broke after the message was handed over (${o.message})`,
        params: { variant: 'connection' },
      })
      return completeIfDone(db, c.id, now) ? completedLine(db, ctx, c) : { kind: 'none' }
    }
    case 'failed': {
      if (v.suppress) insertSuppression(db, email, smtp.response ?? 'mailbox does not exist', now)
      const why = o.template ? { variant: 'template', ...o.template } : { variant: 'refused' }
      return fail(db, base, ctx, line, c, o.message, why)
    }
    case 'content-rejected': {
      const effect = fail(db, base, ctx, line, c, o.message, { variant: 'refused' })
      return ctx.contentRejections + 1 >= CONTENT_REJECTIONS_TO_PAUSE
        ? { kind: 'pause-campaign', reason: 'content', detail: smtp.response ?? o.message }
        : effect
    }
    case 'interrupted': {
      // Nothing was handed over: the row goes back as it was, its attempt refunded.
      releaseClaim(db, { id: d.id, token, now, nextAttemptAt: now })
      return { kind: 'none' }
    }
    case 'throttle':
    case 'account':
    case 'sender-refused':
    case 'quota': {
      // Not this recipient's fault: give the row back with its attempt refunded.
      releaseClaim(db, { id: d.id, token, now, nextAttemptAt: now })
      if (v.kind === 'throttle') {
        ctx.log.write(db, {
          ...line,
          level: 'warn',
          kind: 'account.throttled',
          message: 'The server asked to slow down; sending is paused for a while',
        })
        return { kind: 'throttle' }
      }
      const reason = v.kind === 'sender-refused' ? 'sender' : v.kind
      return { kind: 'pause-campaign', reason, detail: smtp.response ?? o.message }
    }
  }
}

/** After this many content rejections in a row the campaign pauses for the user to look. */
export const CONTENT_REJECTIONS_TO_PAUSE = 3

function fail(
  db: Db,
  base: Parameters<typeof markFailed>[1],
  ctx: { log: EngineLog; now: number },
  line: Parameters<EngineLog['write']>[1] extends infer T
    ? Omit<T & object, 'level' | 'kind' | 'message'>
    : never,
  c: CampaignRow,
  why: string,
  params: Params,
): Effect {
  if (!markFailed(db, base)) return { kind: 'none' }
  ctx.log.write(db, {
    ...line,
    level: 'error',
    kind: 'delivery.failed',
    message: `Campaign email failed: ${why}`,
    params,
  })
  return completeIfDone(db, c.id, ctx.now) ? completedLine(db, ctx, c) : { kind: 'none' }
}

function completedLine(db: Db, ctx: { log: EngineLog }, c: CampaignRow): Effect {
  ctx.log.write(db, {
    level: 'info',
    kind: 'campaign.completed',
    campaignId: c.id,
    message: 'Campaign completed',
  })
  return { kind: 'completed' }
}
