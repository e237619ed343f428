import { Alert, Button, Group, Loader, Modal, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorOf } from '../../store/errorOf'
import { inboxCleared, inboxMessageClosed, inboxRequested } from '../../store/inbox/actions'
import { inboxSelectors } from '../../store/inbox/state'
import { useStore } from '../../store/store'
import { ErrorText } from '../common/ErrorText'
import { InboxList } from './InboxList'
import { MessageView } from './MessageView'

export function InboxScreen() {
  const { t } = useTranslation()
  const items = useStore(inboxSelectors.items)
  const loaded = useStore(inboxSelectors.loaded)
  const error = useStore(inboxSelectors.error)
  const open = useStore(inboxSelectors.open)

  useEffect(() => void inboxRequested(), [])

  if (open) {
    return (
      <Stack maw={1100}>
        <Group>
          <Button variant="subtle" onClick={inboxMessageClosed} data-testid="inbox-back">
            ← {t('inbox.back')}
          </Button>
        </Group>
        {open.error && (
          <Alert color="red" title={t('inbox.messageFailed')} role="alert">
            <ErrorText error={open.error} />
          </Alert>
        )}
        {!open.error && !open.message && <Loader aria-label={t('inbox.messageLoading')} />}
        {open.message && <MessageView message={open.message} />}
      </Stack>
    )
  }
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Group gap="sm" align="baseline">
          <Title order={2}>{t('inbox.title')}</Title>
          {items.length > 0 && (
            <Text c="dimmed" size="sm">
              {t('inbox.count', { count: items.length })}
            </Text>
          )}
        </Group>
        {items.length > 0 && <ClearButton />}
      </Group>
      {error && (
        <Alert color="red" title={t('inbox.loadFailed')} data-testid="inbox-error">
          <ErrorText error={error} />
        </Alert>
      )}
      {!loaded && !error && <Loader aria-label={t('inbox.loading')} />}
      {loaded && items.length === 0 && (
        <Alert color="gray" title={t('inbox.empty')} data-testid="inbox-empty">
          {t('inbox.emptyHelp')}
        </Alert>
      )}
      {items.length > 0 && (
        <>
          <Text c="dimmed" size="sm">
            {t('inbox.intro')}
          </Text>
          <InboxList items={items} />
        </>
      )}
    </Stack>
  )
}

function ClearButton() {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<{ code: string; message: string } | null>(null)
  const clear = async () => {
    setBusy(true)
    setFailure(null)
    try {
      await inboxCleared()
      notifications.show({ color: 'teal', message: t('inbox.cleared') })
      setAsking(false)
    } catch (e) {
      setFailure(errorOf(e))
    } finally {
      setBusy(false)
    }
  }
  return (
    <>
      <Button
        variant="default"
        color="red"
        onClick={() => setAsking(true)}
        data-testid="inbox-clear"
      >
        {t('inbox.clear')}
      </Button>
      <Modal
        opened={asking}
        onClose={() => setAsking(false)}
        title={t('inbox.clearTitle')}
        centered
      >
        <Stack>
          <Text>{t('inbox.clearBody')}</Text>
          {failure && (
            <Alert color="red" role="alert">
              <ErrorText error={failure} />
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
              {t('inbox.clearCancel')}
            </Button>
            <Button
              color="red"
              loading={busy}
              onClick={() => void clear()}
              data-testid="inbox-clear-confirm"
            >
              {t('inbox.clearConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
