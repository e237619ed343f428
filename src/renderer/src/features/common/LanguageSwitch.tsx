import { SegmentedControl } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { languageChosen } from '../../store/settings/actions'
import { settingsSelectors, type Language } from '../../store/settings/state'
import { useStore } from '../../store/store'

export function LanguageSwitch() {
  const { t } = useTranslation()
  const language = useStore(settingsSelectors.language)
  return (
    <SegmentedControl
      aria-label={t('language.label')}
      data-testid="language-switch"
      size="xs"
      value={language}
      onChange={(value) => void languageChosen(value as Language)}
      data={[
        { value: 'ru', label: t('language.ru') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  )
}
