import type { TFunction } from 'i18next'
import i18next from 'i18next'
import { initI18n } from '@renderer/i18n'

/** The English and Russian words, for tests of functions that take a `t`. */
export async function translators(): Promise<{ en: TFunction; ru: TFunction }> {
  await initI18n('en')
  return { en: i18next.getFixedT('en'), ru: i18next.getFixedT('ru') }
}
