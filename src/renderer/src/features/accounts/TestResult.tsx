import { smtpReply } from '../../format/smtpReply'
import { Alert, Code, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CommandOutput } from '@shared/types'

export type ConnectionTest = CommandOutput<'accounts.testConnection'>

/**
 * What "Test connection" found: success, or the step that failed and why in plain words, plus
 * the server's reply or the system's words as they came.
 */
export function TestResult({ result }: { result: ConnectionTest }) {
  const { t } = useTranslation()
  if (result.ok) {
    return (
      <Alert
        color="teal"
        title={t('accounts.test.okTitle')}
        data-testid="account-test-result"
        data-ok="true"
      >
        {t('accounts.test.ok', { ms: Math.round(result.elapsedMs) })}
      </Alert>
    )
  }
  // The reply as the server wrote it, its code in front once ("535 535 5.7.8…" otherwise).
  const serverReply = result.response ? smtpReply(result.code, result.response) : ''
  const { detail, seconds } = result.params
  return (
    <Alert
      color="red"
      title={t('accounts.test.failedTitle')}
      data-testid="account-test-result"
      data-ok="false"
      role="alert"
    >
      <Stack gap={6}>
        {result.step && <Text size="sm">{t(`accounts.test.steps.${result.step}`)}</Text>}
        <Text size="sm">
          {result.reason ? t(`accounts.test.reasons.${result.reason}`) : t('accounts.test.unknown')}
          {seconds !== undefined && ` ${t('accounts.test.timeoutAfter', { seconds })}`}
        </Text>
        {serverReply !== '' && (
          <Text size="sm">
            {t('accounts.test.serverSaid')} <Code>{serverReply}</Code>
          </Text>
        )}
        {/* The system's words, as they came; the engine's own sentence only for an unknown reason. */}
        {serverReply === '' && (detail ?? (result.reason ? '' : result.message)) !== '' && (
          <Text size="sm" c="dimmed">
            {t('accounts.test.detail')} <Code>{detail ?? result.message}</Code>
          </Text>
        )}
      </Stack>
    </Alert>
  )
}
