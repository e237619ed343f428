/** The user's settings: typed reads and writes over the settings table, announced as events. */
import { Settings, type SettingsPatch } from '@shared/contract'
import type { Db } from './db/open'
import { selectAllSettings, upsertSetting } from './db/settings'
import type { EngineEvents } from './events'

/** Until the user changes them. The retry values are the product's seed defaults. */
export const DEFAULT_SETTINGS: Settings = {
  language: null,
  theme: 'system',
  retryDefaults: { maxAttempts: 3, backoffMs: 60_000, timeoutMs: 120_000 },
  protection: { enabled: true, permanentFailurePercent: 5 },
  mailbox: { pollSeconds: 60, softBounceCampaigns: 3 },
  desktop: {
    startAtLogin: false,
    keepAwake: true,
    notifyCompleted: true,
    notifyPaused: true,
    notifyAccountError: true,
  },
}
const defaults = DEFAULT_SETTINGS

export function readSettings(db: Db): Settings {
  const stored = Object.fromEntries(selectAllSettings(db))
  // A value written by an older or newer app that no longer fits falls back to its default,
  // one setting at a time, so one bad value never resets the others.
  const shape = Settings.shape
  const out: Record<string, unknown> = { ...defaults }
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const parsed = shape[key].safeParse(stored[key])
    if (parsed.success && stored[key] !== undefined) out[key] = parsed.data
  }
  return out as Settings
}

export function updateSettings(db: Db, events: EngineEvents, patch: SettingsPatch): Settings {
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) upsertSetting(db, key, value)
  })()
  const settings = readSettings(db)
  events.emit('settings.changed', settings)
  return settings
}
