import type { Language as LanguageSchema, Settings } from '@shared/contract'

export type Language = LanguageSchema

export interface SettingsSlice {
  /** As stored by the engine; null before they are loaded. */
  stored: Settings | null
  /** What the window shows: the stored choice, or the system language. */
  language: Language
}

/** What the selectors read: the slice alone, so the slice never imports the store. */
type Reads = { settings: SettingsSlice }

export const settingsInitial = (systemLanguage: Language): SettingsSlice => ({
  stored: null,
  language: systemLanguage,
})

export const settingsSelectors = {
  language: (s: Reads) => s.settings.language,
  stored: (s: Reads) => s.settings.stored,
  theme: (s: Reads) => s.settings.stored?.theme ?? 'system',
}
