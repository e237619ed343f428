/**
 * Writes the outcome of one send, inside the group-commit transaction: the delivery's new
 * state, its log line, and what it means for the campaign and the account.
 */
import { countHandedOver } from '../db/accountUsage'
import { insertSuppression } from '../db/suppressions'
import type { CampaignRow } from '../db/campaigns'
import { completeIfNothingLeft } from '../completion'
import {
  markFailed,
  markSent,
  markUncertain,
  releaseClaim,
  scheduleRetry,
  type ClaimedDelivery,
  type SmtpOutcome,
} from '../db/deliveries'
import type { Params } from '@shared/contract'
import type { Db } from '../db/open'
import type { EngineLog } from '../log/engineLog'
import { protectionTripped } from '../policy/protection'
import { retryDelayMs } from '../queue/backoff'
import { readSettings } from '../settings'
import { stepAside, type QuotaHolds, type StepAside } from './accountStop'
import type { Verdict } from '../smtp/policy'

/** What the sender must do after the commit. */
export type Effect =
  | { kind: 'none' }
  | { kind: 'completed' }
  | { kind: 'throttle' }
  | {
      kind: 'pause-campaign'
      reason: 'account' | 'sender' | 'quota' | 'content' | 'protection'
      detail: string
    }
  | StepAside

export interface Outcome {
  delivery: ClaimedDelivery
  token: string
  campaign: CampaignRow
  /** The account that sent it: the caps count it, and it is the one that may step aside. */
  accountId: number
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
  outcome: Outcome,
  ctx: {
    now: number
    log: EngineLog
    random: () => number
    contentRejections: number
    quotaHolds: QuotaHolds
  },
): Effect {
  const { delivery, token, campaign, email, smtp, now } = { ...outcome, now: ctx.now }
  const base = { id: delivery.id, token, now, ...smtp }
  const line = {
    campaignId: campaign.id,
    deliveryId: delivery.id,
    email,
    smtpCode: smtp.code,
    smtpResponse: smtp.response,
  }
  const verdict = outcome.verdict

  switch (verdict.kind) {
    case 'sent': {
      if (!markSent(db, base)) return { kind: 'none' }
      countHandedOver(db, outcome.accountId, now)
      ctx.log.write(db, {
        ...line,
        level: 'info',
        kind: 'delivery.sent',
        message: 'Campaign email sent',
      })
      return completedIfNothingLeft(db, ctx, campaign)
    }
    case 'retry': {
      if (delivery.attempts >= campaign.max_attempts)
        return fail(db, base, ctx, line, campaign, `Gave up after ${delivery.attempts} attempts`, {
          variant: 'gaveUp',
          attempts: delivery.attempts,
        })
      const nextAttemptAt = now + retryDelayMs(campaign.backoff_ms, delivery.attempts, ctx.random)
      if (!scheduleRetry(db, { ...base, nextAttemptAt })) return { kind: 'none' }
      ctx.log.write(db, {
        ...line,
        level: 'warn',
        kind: 'delivery.retrying',
        message: `Campaign email will be retried (attempt ${delivery.attempts} of ${campaign.max_attempts}): ${outcome.message}`,
        params: { attempt: delivery.attempts, maxAttempts: campaign.max_attempts },
      })
      return { kind: 'none' }
    }
    case 'uncertain': {
      if (!markUncertain(db, base)) return { kind: 'none' }
      countHandedOver(db, outcome.accountId, now) // it may have arrived: the caps count it
      ctx.log.write(db, {
        ...line,
        level: 'warn',
        kind: 'delivery.uncertain',
        message: `Campaign email uncertain: the connection broke after the message was handed over (${outcome.message})`,
        params: { variant: 'connection' },
      })
      return completedIfNothingLeft(db, ctx, campaign)
    }
    case 'failed': {
      if (verdict.suppress)
        insertSuppression(db, email, smtp.response ?? 'mailbox does not exist', now, 'refused')
      const why = outcome.template
        ? { variant: 'template', ...outcome.template }
        : { variant: 'refused' }
      return fail(db, base, ctx, line, campaign, outcome.message, why)
    }
    case 'content-rejected': {
      const effect = fail(db, base, ctx, line, campaign, outcome.message, { variant: 'refused' })
      return ctx.contentRejections + 1 >= CONTENT_REJECTIONS_TO_PAUSE
        ? { kind: 'pause-campaign', reason: 'content', detail: smtp.response ?? outcome.message }
        : effect
    }
    case 'interrupted': {
      // Nothing was handed over: the row goes back as it was, its attempt refunded.
      releaseClaim(db, { id: delivery.id, token, now, nextAttemptAt: now })
      return { kind: 'none' }
    }
    case 'throttle':
    case 'account':
    case 'sender-refused':
    case 'quota': {
      // Not this recipient's fault: give the row back with its attempt refunded.
      releaseClaim(db, { id: delivery.id, token, now, nextAttemptAt: now })
      if (verdict.kind === 'throttle') {
        ctx.log.write(db, {
          ...line,
          level: 'warn',
          kind: 'account.throttled',
          message:
            'The server is busy or asked to slow down; sending waits a while, then goes on more slowly',
        })
        return { kind: 'throttle' }
      }
      const reason = verdict.kind === 'sender-refused' ? 'sender' : verdict.kind
      const detail = smtp.response ?? outcome.message
      // With several accounts, this one steps aside while another goes on.
      const aside = stepAside(db, {
        ...ctx,
        campaign,
        accountId: outcome.accountId,
        failure: reason,
        detail,
      })
      return aside ?? { kind: 'pause-campaign', reason, detail }
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
  campaign: CampaignRow,
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
  const effect = completedIfNothingLeft(db, ctx, campaign)
  // A refusal for good (5xx; a template error has no code): too many of them, and it pauses.
  if (effect.kind !== 'none' || base.code === null || base.code < 500 || base.code > 599)
    return effect
  const detail = protectionTripped(db, campaign.id, readSettings(db).protection)
  return detail === null ? effect : { kind: 'pause-campaign', reason: 'protection', detail }
}

/** This outcome may have been the campaign's last. */
function completedIfNothingLeft(
  db: Db,
  ctx: { log: EngineLog; now: number },
  campaign: CampaignRow,
): Effect {
  return completeIfNothingLeft(db, ctx.log, campaign.id, ctx.now)
    ? { kind: 'completed' }
    : { kind: 'none' }
}
