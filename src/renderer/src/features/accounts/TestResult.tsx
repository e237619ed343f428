import { Alert, Code, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CommandOutput } from '../../../../shared/types'

export type ConnectionTest = CommandOutput<'accounts.testConnection'>

/** What "Test connection" found: success, or the reason in plain words plus the server's reply. */
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
  const serverReply = [result.code, result.response].filter((p) => p !== null && p !== '').join(' ')
  return (
    <Alert
      color="red"
      title={t('accounts.test.failedTitle')}
      data-testid="account-test-result"
      data-ok="false"
      role="alert"
    >
      <Stack gap={6}>
        <Text size="sm">
          {result.reason ? t(`accounts.test.reasons.${result.reason}`) : t('accounts.test.unknown')}
        </Text>
        {serverReply !== '' && (
          <Text size="sm">
            {t('accounts.test.serverSaid')} <Code>{serverReply}</Code>
          </Text>
        )}
        {serverReply === '' && result.message !== '' && (
          <Text size="sm" c="dimmed">
            {t('accounts.test.detail')} {result.message}
          </Text>
        )}
      </Stack>
    </Alert>
  )
}
