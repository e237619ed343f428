import { Button, Group, Modal, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** "Are you sure?" for actions that cannot be undone; the safe choice has the focus. */
export function ConfirmModal({
  opened,
  title,
  body,
  confirmLabel,
  danger = true,
  onConfirm,
  onClose,
}: {
  opened: boolean
  title: string
  body: React.ReactNode
  confirmLabel: string
  danger?: boolean
  onConfirm: () => void
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Text size="sm">{body}</Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.back')}
        </Button>
        <Button
          color={danger ? 'red' : undefined}
          data-testid="confirm"
          onClick={() => {
            onClose()
            onConfirm()
          }}
        >
          {confirmLabel}
        </Button>
      </Group>
    </Modal>
  )
}
