import { Button, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRelative } from '@renderer/format/relativeTime'
import { outbox } from '../../client'
import { accountsRequested } from '../../store/accounts/actions'
import type { Account } from '../../store/accounts/state'
import { errorOf } from '../../store/errorOf'
import { ErrorText } from '../common/ErrorText'
import { FailureText } from '../mailbox/FailureText'

type Mailbox = NonNullable<Account['mailbox']>

/**
 * Where the account's mailbox reader stands: read or not, when last, how much it found, and why
 * the last read failed (with the step) and when it tries again; plus "Check mail now".
 */
export function MailboxState({
  account,
  name,
  mailbox: mb,
  now,
}: {
  account: Account
  /** The account's name as the card shows it. */
  name: string
  mailbox: Mailbox
  now: number
}) {
  const { t, i18n } = useTranslation()
  const [checking, setChecking] = useState(false)
  const s = mb.status
  const number = (n: number) => n.toLocaleString(i18n.language)
  const standing = [
    t(`accounts.mailbox.state.${s.state}`),
    s.lastReadAt !== null &&
      t('accounts.mailbox.lastRead', { ago: formatRelative(s.lastReadAt, now, i18n.language) }),
    t('accounts.mailbox.counts', { scanned: number(s.scanned), recognised: number(s.recognised) }),
  ]
    .filter(Boolean)
    .join(' · ')

  const checkNow = async () => {
    setChecking(true)
    try {
      await outbox().mailbox.checkNow({ accountId: account.id })
      notifications.show({ color: 'teal', message: t('accounts.mailbox.checking') })
      await accountsRequested()
    } catch (error) {
      notifications.show({
        color: 'red',
        title: t('accounts.mailbox.checkFailed'),
        message: <ErrorText error={errorOf(error)} />,
      })
    } finally {
      setChecking(false)
    }
  }

  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {account.builtin
          ? t('accounts.mailbox.builtin')
          : `${mb.host}:${mb.port} · ${t(`accounts.security.${mb.security}`)} · ${mb.folders.join(', ')}`}
      </Text>
      <Text size="sm" data-testid="mailbox-standing">
        {standing}
      </Text>
      {s.state === 'error' && (
        <div data-testid="mailbox-error">
          <FailureText failure={s} />
          {s.nextAttemptAt !== null && (
            <Text size="sm" c="dimmed">
              {t('accounts.mailbox.nextAttempt', {
                when: formatRelative(s.nextAttemptAt, now, i18n.language),
              })}
            </Text>
          )}
        </div>
      )}
      <Button
        size="compact-xs"
        variant="light"
        loading={checking}
        onClick={() => void checkNow()}
        aria-label={t('accounts.mailbox.checkNowNamed', { name })}
        data-testid={`mailbox-check-${account.id}`}
      >
        {t('accounts.mailbox.checkNow')}
      </Button>
    </Stack>
  )
}
