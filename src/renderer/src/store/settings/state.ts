import type { z } from 'zod'
import type { Language as LanguageSchema, Settings } from '../../../../shared/contract'
import type { RootState } from '../store'

export type Language = z.output<typeof LanguageSchema>

export interface SettingsSlice {
  /** As stored by the engine; null before they are loaded. */
  stored: z.output<typeof Settings> | null
  /** What the window shows: the stored choice, or the system language. */
  language: Language
}

export const settingsInitial = (systemLanguage: Language): SettingsSlice => ({
  stored: null,
  language: systemLanguage,
})

export const settingsSelectors = {
  language: (s: RootState) => s.settings.language,
  stored: (s: RootState) => s.settings.stored,
  theme: (s: RootState) => s.settings.stored?.theme ?? 'system',
}
