/** `settings.*`: the user's settings. */
import { z } from 'zod'
import { command } from './command'
import { Language } from './common'

export const Theme = z.enum(['system', 'light', 'dark'])

export const Settings = z.object({
  /** null until the user picks one; the window then follows the system language. */
  language: Language.nullable(),
  /** 'system' follows the operating system's light or dark mode. */
  theme: Theme,
  /** What a new campaign starts with for tries, back-off and time-out (the account sets the pace). */
  retryDefaults: z
    .object({
      maxAttempts: z.number().int().min(1).max(20),
      backoffMs: z.number().int().min(0).max(86_400_000),
      timeoutMs: z.number().int().min(1000).max(600_000),
    })
    .strict(),
  /**
   * A campaign pauses by itself when permanent failures (no such mailbox, sender refused) pass
   * this share of its last attempts, before the account's reputation suffers.
   */
  protection: z
    .object({
      enabled: z.boolean(),
      permanentFailurePercent: z.number().int().min(1).max(50),
    })
    .strict(),
  /** Reading the accounts' mailboxes (bounces, replies, unsubscribe requests). */
  mailbox: z
    .object({
      /** How often each mailbox is read when the server does not announce new mail (IDLE). */
      pollSeconds: z.number().int().min(30).max(3600),
      /** An address that soft-bounces in this many campaigns in a row is treated as hard. */
      softBounceCampaigns: z.number().int().min(1).max(20),
    })
    .strict(),
  /** The desktop app's behaviour; the browser host stores them but has no use for them. */
  desktop: z
    .object({
      /** Open Outbox when the user logs in (off until the user asks). */
      startAtLogin: z.boolean(),
      /** Keep the computer from sleeping while a campaign is sending. */
      keepAwake: z.boolean(),
      /** System notifications: a campaign finished, paused by itself, or its account failed. */
      notifyCompleted: z.boolean(),
      notifyPaused: z.boolean(),
      notifyAccountError: z.boolean(),
    })
    .strict(),
})
export type Settings = z.output<typeof Settings>

export const SettingsPatch = Settings.partial().strict()
export type SettingsPatch = z.output<typeof SettingsPatch>

export const settings = {
  get: command(z.void(), Settings, 'The user’s settings as stored in the database.'),
  update: command(SettingsPatch, Settings, 'Change some settings; answers with all of them.'),
} as const
