import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { draftSelectors } from '@renderer/store/draft/state'
import { useStore } from '@renderer/store/store'

/** "Saving…", "Saved" or "Not saved": a draft saves itself, and says so. */
export function SaveIndicator() {
  const { t } = useTranslation()
  const save = useStore(draftSelectors.save)
  return (
    <Text
      size="sm"
      c={save === 'failed' ? 'red' : 'dimmed'}
      data-testid="save-state"
      data-state={save}
      aria-live="polite"
      pb={8}
    >
      {t(`campaigns.editor.save.${save}`)}
    </Text>
  )
}
