import { Code, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Params } from '@shared/contract'
import { failureWords } from './failureWords'

/**
 * Why a mailbox could not be read: the step that failed, the reason in plain words, and the
 * system's words as they came (the engine's own sentence only for a reason without words).
 */
export function FailureText({
  failure,
}: {
  failure: { reason: string | null; step: string | null; params: Params; message?: string }
}) {
  const { t } = useTranslation()
  const words = failureWords(t, failure)
  const detail = words.detail ?? (words.reason === null ? (failure.message ?? '') : '')
  return (
    <Stack gap={4}>
      {words.step && <Text size="sm">{words.step}</Text>}
      <Text size="sm">{words.reason ?? t('mailbox.unknown')}</Text>
      {detail !== '' && (
        <Text size="sm" c="dimmed">
          {t('mailbox.detail')} <Code>{detail}</Code>
        </Text>
      )}
    </Stack>
  )
}
