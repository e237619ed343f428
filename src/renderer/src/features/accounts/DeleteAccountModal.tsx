import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { accountDeleted } from '../../store/accounts/actions'
import type { Account } from '../../store/accounts/state'
import { errorOf } from '../../store/errorOf'
import { ErrorText } from '../shell/ErrorText'

/** Asks first; an unfinished campaign on the account makes the engine refuse, in its words. */
export function DeleteAccountModal({
  account,
  onClose,
}: {
  account: Account | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<{ code: string; message: string } | null>(null)
  const close = () => {
    setFailure(null)
    onClose()
  }
  const confirm = async (a: Account) => {
    setBusy(true)
    setFailure(null)
    try {
      await accountDeleted(a.id)
      notifications.show({
        color: 'teal',
        message: t('accounts.deleteDialog.deleted', { name: a.name }),
      })
      close()
    } catch (error) {
      setFailure(errorOf(error))
    } finally {
      setBusy(false)
    }
  }
  const conflict = failure?.code === 'conflict'
  return (
    <Modal
      opened={account !== null}
      onClose={close}
      title={t('accounts.deleteDialog.title')}
      centered
    >
      {account && (
        <Stack data-testid="account-delete-dialog">
          <Text>{t('accounts.deleteDialog.body', { name: account.name })}</Text>
          {failure && (
            <Alert
              color={conflict ? 'orange' : 'red'}
              title={conflict ? t('accounts.deleteDialog.conflict') : undefined}
              role="alert"
              data-testid="account-delete-error"
            >
              {conflict ? failure.message : <ErrorText error={failure} />}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('accounts.deleteDialog.cancel')}
            </Button>
            <Button
              color="red"
              loading={busy}
              disabled={conflict}
              onClick={() => void confirm(account)}
              data-testid="account-delete-confirm"
            >
              {t('accounts.deleteDialog.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
