import type { Language } from '@shared/contract'

/** Which language the main process speaks: the user's choice, else the system's. */
export type { Language }

/** settings.language wins; null follows the OS locale (app.getLocale()): 'ru*' → Russian. */
export function resolveLanguage(setting: Language | null, osLocale: string): Language {
  if (setting) return setting
  return osLocale.toLowerCase().startsWith('ru') ? 'ru' : 'en'
}

/** Numbers as the language writes them: 1,234 in English, 1 234 in Russian. */
export function formatCount(language: Language, n: number): string {
  return new Intl.NumberFormat(language).format(n)
}
