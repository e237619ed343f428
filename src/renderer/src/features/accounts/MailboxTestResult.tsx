import { Alert, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { MailboxTestResult as Result } from '@shared/contract'
import { FailureText } from '../mailbox/FailureText'

/**
 * What "Test mailbox connection" found: the folders and the Sent folder, or the step that
 * failed and why in plain words.
 */
export function MailboxTestResult({ result }: { result: Result }) {
  const { t } = useTranslation()
  if (!result.ok) {
    return (
      <Alert
        color="red"
        title={t('accounts.mailbox.failedTitle')}
        data-testid="mailbox-test-result"
        data-ok="false"
        role="alert"
      >
        <FailureText failure={result} />
      </Alert>
    )
  }
  return (
    <Alert
      color="teal"
      title={t('accounts.mailbox.okTitle')}
      data-testid="mailbox-test-result"
      data-ok="true"
    >
      <Stack gap={4}>
        <Text size="sm">{t('accounts.mailbox.ok', { ms: Math.round(result.elapsedMs) })}</Text>
        {result.folders.length > 0 && (
          <Text size="sm" style={{ overflowWrap: 'anywhere' }} data-testid="mailbox-test-folders">
            {t('accounts.mailbox.foundFolders', { folders: result.folders.join(', ') })}
          </Text>
        )}
        <Text size="sm" data-testid="mailbox-test-sent">
          {result.sentFolder
            ? t('accounts.mailbox.detectedSent', { folder: result.sentFolder })
            : t('accounts.mailbox.noSentFound')}
        </Text>
      </Stack>
    </Alert>
  )
}
