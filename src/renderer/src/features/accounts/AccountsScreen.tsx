import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { accountsRequested } from '../../store/accounts/actions'
import { accountsSelectors, type Account } from '../../store/accounts/state'
import { useStore } from '../../store/store'
import { ErrorText } from '../common/ErrorText'
import { AccountCard } from './AccountCard'
import { AccountForm } from './AccountForm'
import { DeleteAccountModal } from './DeleteAccountModal'
import { useNow } from '../campaigns/monitor/useNow'

export function AccountsScreen() {
  const { t } = useTranslation()
  const list = useStore(accountsSelectors.list)
  const loaded = useStore(accountsSelectors.loaded)
  const error = useStore(accountsSelectors.error)
  /** The form: 'new', the account being edited, or closed. */
  const [editing, setEditing] = useState<Account | 'new' | null>(null)
  const [deleting, setDeleting] = useState<Account | null>(null)

  // Usage moves while campaigns send: fresh numbers each time the screen opens.
  useEffect(() => void accountsRequested(), [])
  // The mailboxes' readers have no event of their own: their standing is read again now and then.
  useEffect(() => {
    const timer = setInterval(() => {
      if (useStore.getState().accounts.list.some((a) => a.mailbox !== null))
        void accountsRequested()
    }, 30_000)
    return () => clearInterval(timer)
  }, [])
  const now = useNow(30_000)

  const saved = editing === 'new' ? null : editing
  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Title order={2}>{t('accounts.title')}</Title>
        <Button onClick={() => setEditing('new')} data-testid="account-add">
          {t('accounts.add')}
        </Button>
      </Group>
      <Text c="dimmed">{t('accounts.intro')}</Text>
      {error && (
        <Alert color="red" title={t('accounts.loadFailed')} data-testid="accounts-error">
          <ErrorText error={error} />
        </Alert>
      )}
      {!loaded && !error && <Loader aria-label={t('accounts.loading')} />}
      {loaded && list.length === 0 && <Text>{t('accounts.empty')}</Text>}
      {list.map((a) => (
        <AccountCard
          key={a.id}
          account={a}
          now={now}
          onEdit={() => setEditing(a)}
          onDelete={() => setDeleting(a)}
        />
      ))}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={
          saved ? t('accounts.form.titleEdit', { name: saved.name }) : t('accounts.form.titleNew')
        }
        size="xl"
        closeOnClickOutside={false}
      >
        {editing !== null && (
          <AccountForm key={saved?.id ?? 'new'} saved={saved} onDone={() => setEditing(null)} />
        )}
      </Modal>
      <DeleteAccountModal account={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  )
}
