/** The user's settings: typed reads and writes over the settings table, announced as events. */
import { Settings, type SettingsPatch } from '../../shared/contract'
import type { z } from 'zod'
import type { Db } from './db/open'
import { selectAllSettings, upsertSetting } from './db/settings'
import type { EngineEvents } from './events'

type SettingsValue = z.output<typeof Settings>
const defaults: SettingsValue = { language: null }

export function readSettings(db: Db): SettingsValue {
  const stored = Object.fromEntries(selectAllSettings(db))
  // A value written by an older or newer app that no longer fits falls back to its default.
  const parsed = Settings.safeParse({ ...defaults, ...stored })
  return parsed.success ? parsed.data : defaults
}

export function updateSettings(
  db: Db,
  events: EngineEvents,
  patch: z.output<typeof SettingsPatch>,
): SettingsValue {
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) upsertSetting(db, key, value)
  })()
  const settings = readSettings(db)
  events.emit('settings.changed', settings)
  return settings
}
