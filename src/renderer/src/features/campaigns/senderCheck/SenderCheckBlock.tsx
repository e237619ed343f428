/**
 * The sender check in the start and schedule dialog: a spinner while it looks, then each
 * warning with what it means and what to do, what could not be looked at and why, and what is in
 * order in one short list. Advice only: the dialog's buttons never wait for it.
 */
import { Alert, Group, List, Loader, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SenderFinding } from '@shared/contract'
import { ErrorText } from '../../common/ErrorText'
import { findingWords } from './findingWords'
import type { SenderCheckState } from './useSenderCheck'

/** Only these findings concern one account; the rest are the message's. */
const PER_ACCOUNT = /^(spf|dkim|dmarc|freeMail)\./

function Finding({ finding, manyAccounts }: { finding: SenderFinding; manyAccounts: boolean }) {
  const { t, i18n } = useTranslation()
  const words = findingWords(t, i18n, finding)
  const account = finding.params.account
  const title =
    manyAccounts && account && PER_ACCOUNT.test(finding.code)
      ? t('campaigns.senderCheck.onAccount', { account, title: words.title })
      : words.title
  if (finding.severity === 'ok') return <List.Item>{title}</List.Item>
  const warning = finding.severity === 'warning'
  return (
    <Alert
      color={warning ? 'orange' : 'gray'}
      title={title}
      data-testid={`sender-finding-${finding.code}`}
    >
      <Stack gap={4}>
        {words.explain && <Text size="sm">{words.explain}</Text>}
        {words.todo && (
          <Text size="sm">{t('campaigns.senderCheck.whatToDo', { todo: words.todo })}</Text>
        )}
        {!warning && <Text size="sm">{t('campaigns.senderCheck.checkLater')}</Text>}
      </Stack>
    </Alert>
  )
}

export function SenderCheckBlock({ state }: { state: SenderCheckState }) {
  const { t } = useTranslation()
  if (state.status === 'idle') return null
  const heading = (
    <Text fw={600} size="sm">
      {t('campaigns.senderCheck.title')}
    </Text>
  )
  if (state.status === 'checking') {
    return (
      <Stack gap="xs" data-testid="sender-check" aria-busy>
        {heading}
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('campaigns.senderCheck.checking')}
          </Text>
        </Group>
      </Stack>
    )
  }
  if (state.status === 'failed') {
    return (
      <Stack gap="xs" data-testid="sender-check">
        {heading}
        <Text size="sm" c="dimmed">
          <ErrorText error={state.error} />
        </Text>
      </Stack>
    )
  }

  const { findings } = state.check
  const accounts = new Set(findings.map((f) => f.params.account).filter(Boolean))
  const manyAccounts = accounts.size > 1
  const notOk = findings.filter((f) => f.severity !== 'ok')
  const ok = findings.filter((f) => f.severity === 'ok')
  const key = (f: SenderFinding) => `${f.code} ${JSON.stringify(f.params)}`
  return (
    <Stack gap="xs" data-testid="sender-check">
      {heading}
      <Text size="sm" c="dimmed">
        {t('campaigns.senderCheck.advice')}
      </Text>
      {notOk.length === 0 && <Text size="sm">{t('campaigns.senderCheck.nothingToFix')}</Text>}
      {notOk.map((f) => (
        <Finding key={key(f)} finding={f} manyAccounts={manyAccounts} />
      ))}
      {ok.length > 0 && (
        <>
          <Text size="sm" fw={500}>
            {t('campaigns.senderCheck.passed')}
          </Text>
          <List size="sm" data-testid="sender-check-passed">
            {ok.map((f) => (
              <Finding key={key(f)} finding={f} manyAccounts={manyAccounts} />
            ))}
          </List>
        </>
      )}
    </Stack>
  )
}
