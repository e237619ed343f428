import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorOf } from '../../store/errorOf'
import { suppressionRemoved } from '../../store/suppressions/actions'
import { ErrorText } from '../shell/ErrorText'

/** Asks before an address may receive mail again. */
export function RemoveSuppressionModal({
  email,
  onClose,
}: {
  email: string | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<{ code: string; message: string } | null>(null)
  const close = () => {
    setFailure(null)
    onClose()
  }
  const confirm = async (address: string) => {
    setBusy(true)
    setFailure(null)
    try {
      await suppressionRemoved(address)
      notifications.show({ color: 'teal', message: t('suppressions.removed', { email: address }) })
      close()
    } catch (error) {
      setFailure(errorOf(error))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal opened={email !== null} onClose={close} title={t('suppressions.removeTitle')} centered>
      {email && (
        <Stack>
          <Text style={{ overflowWrap: 'anywhere' }}>
            {t('suppressions.removeBody', { email })}
          </Text>
          {failure && (
            <Alert color="red" role="alert">
              <ErrorText error={failure} />
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              {t('suppressions.removeCancel')}
            </Button>
            <Button
              color="red"
              loading={busy}
              onClick={() => void confirm(email)}
              data-testid="suppression-remove-confirm"
            >
              {t('suppressions.removeConfirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  )
}
