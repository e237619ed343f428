/**
 * When and through which accounts a campaign sends: its schedule, sending hours, pace by
 * deadline, accounts, and an account's warm-up. Schemas only; the time arithmetic is in
 * `src/shared/sending/`, the engine's use of it in `src/engine/policy/`.
 */
import { z } from 'zod'
import { normalizeTimeZone } from '../sending/timeZone'
import { Id } from './common'

/** An IANA name (`Europe/Moscow`) or a fixed offset (`UTC+03:00`), stored normalized. */
export const TimeZone = z
  .string()
  .max(64)
  .transform((input, ctx) => {
    const zone = normalizeTimeZone(input)
    if (zone !== null) return zone
    ctx.addIssue({
      code: 'custom',
      message: 'Not a time zone: use a name such as Europe/Moscow or an offset such as UTC+03:00',
    })
    return z.NEVER
  })

/** A time of day, `HH:MM`, 24-hour. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'A time such as 09:00')

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const Weekday = z.number().int().min(1).max(7)

/**
 * The hours mail may go out, in a time zone. A window that ends at or before it starts
 * (22:00–06:00) runs past midnight: it belongs to the day it opens on.
 */
export const SendingHours = z
  .object({
    days: z
      .array(Weekday)
      .min(1, 'Pick at least one day')
      .max(7)
      .transform((days) => [...new Set(days)].sort((a, b) => a - b)),
    from: ClockTime,
    to: ClockTime,
    zone: TimeZone,
  })
  .strict()
  .refine((h) => h.from !== h.to, {
    message: 'The hours start and end at the same time: leave sending hours off for any time',
    path: ['to'],
  })
export type SendingHours = z.output<typeof SendingHours>

/**
 * A new account's ramp: a daily cap that grows from `startPerDay` to `targetPerDay` over
 * `days` days on which the account really sent mail. A day begins at midnight in `zone`.
 */
export const Warmup = z
  .object({
    startPerDay: z.number().int().min(1).max(1_000_000),
    targetPerDay: z.number().int().min(2).max(10_000_000),
    days: z.number().int().min(2).max(365),
    zone: TimeZone,
  })
  .strict()
  .refine((w) => w.targetPerDay > w.startPerDay, {
    message: 'The target is above the first day’s cap',
    path: ['targetPerDay'],
  })
export type Warmup = z.output<typeof Warmup>

/** Where a warm-up stands today. */
export const WarmupToday = z.object({
  /** 1 on the first day with mail; grows by one each further day the account sends. */
  day: z.number().int(),
  allowance: z.number().int(),
  sentToday: z.number().int(),
  /** Tomorrow's allowance (the same as today's when nothing went out today). */
  nextAllowance: z.number().int(),
  /** When today ends in the warm-up's zone. */
  growsAt: z.number(),
})
export type WarmupToday = z.output<typeof WarmupToday>

/** What happens when the app was closed at a scheduled start: start on the next launch, or ask. */
export const MissedStart = z.enum(['start', 'ask'])

export const Schedule = z
  .object({
    /** The start, epoch milliseconds. */
    at: z.number().int().min(0),
    /** The zone the user chose it in (how the window shows it again). */
    zone: TimeZone,
    missedStart: MissedStart.default('ask'),
  })
  .strict()
export type Schedule = z.output<typeof Schedule>

export const SPREAD_MIN_MS = 60 * 60_000
export const SPREAD_MAX_MS = 60 * 24 * 60 * 60_000

/** A campaign's sending policy (its accounts are `accountIds`, beside it). */
export const CampaignPolicy = z
  .object({
    /** null: any time. */
    sendingHours: SendingHours.nullable().default(null),
    /** Apply the sending hours in each recipient's zone (their zone column), where known. */
    recipientZones: z.boolean().default(false),
    /**
     * "Spread over": the engine derives the pace so the last email goes out this long after
     * the start (within sending hours and caps), instead of the fixed delay. null: the delay.
     */
    spreadMs: z.number().int().min(SPREAD_MIN_MS).max(SPREAD_MAX_MS).nullable().default(null),
    /** Every message carries this account's From (and DKIM); null: each account's own. */
    fromAccountId: Id.nullable().default(null),
  })
  .strict()
export type CampaignPolicy = z.output<typeof CampaignPolicy>

/** Most accounts one campaign may send through. */
export const MAX_CAMPAIGN_ACCOUNTS = 10
export const AccountIds = z
  .array(Id)
  .min(1)
  .max(MAX_CAMPAIGN_ACCOUNTS)
  .refine((ids) => new Set(ids).size === ids.length, 'Each account once')

/** One account's share of a campaign, and whether it stopped for this campaign. */
export const AccountProgress = z.object({
  accountId: Id,
  sent: z.number().int(),
  failed: z.number().int(),
  uncertain: z.number().int(),
  /** Why this account stopped sending this campaign (the others go on); null: it sends. */
  stopped: z.enum(['account', 'sender']).nullable(),
  /** The server's words behind the stop. */
  detail: z.string().nullable(),
})
export type AccountProgress = z.output<typeof AccountProgress>
