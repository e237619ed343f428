/** i18next with the app's two languages; the window follows the saved choice or the system. */
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../store/settings/state'
import { en } from './en'
import { ru } from './ru'

export const resources = { en: { translation: en }, ru: { translation: ru } } as const

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)['en']
  }
}

/** Russian for a Russian-speaking system, English otherwise. */
export function systemLanguage(languages: readonly string[] = navigator.languages): Language {
  return languages.some((l) => l.toLowerCase().startsWith('ru')) ? 'ru' : 'en'
}

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  })
  return i18next
}

export function applyLanguage(language: Language): void {
  if (i18next.language !== language) void i18next.changeLanguage(language)
  document.documentElement.lang = language
}
