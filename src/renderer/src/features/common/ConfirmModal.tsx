import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorOf, type ShownError } from '../../store/errorOf'
import { ErrorText } from './ErrorText'

/**
 * "Are you sure?" for actions that cannot be undone. The safe choice has the focus; the action
 * runs while the dialog shows it is busy, and a refusal stays in the dialog, in words (a
 * conflict, such as an account still in use, also disables trying again).
 */
export function ConfirmModal({
  opened,
  title,
  body,
  confirmLabel,
  cancelLabel,
  danger = true,
  onConfirm,
  onClose,
  testId = 'confirm',
  conflictTitle,
}: {
  opened: boolean
  title: string
  body: React.ReactNode
  confirmLabel: string
  cancelLabel?: string
  danger?: boolean
  onConfirm: () => Promise<unknown> | void
  onClose: () => void
  /** Names the dialog, its button and its error for tests: `<testId>-dialog` and so on. */
  testId?: string
  /** Heads a refusal because of the current state (e.g. "cannot be deleted yet"). */
  conflictTitle?: string
}) {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<ShownError | null>(null)
  const close = () => {
    setFailure(null)
    onClose()
  }
  const confirm = async () => {
    setBusy(true)
    setFailure(null)
    try {
      await onConfirm()
      close()
    } catch (error) {
      setFailure(errorOf(error))
    } finally {
      setBusy(false)
    }
  }
  const conflict = failure?.code === 'conflict'
  return (
    <Modal opened={opened} onClose={close} title={title} centered>
      <Stack data-testid={`${testId}-dialog`}>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {body}
        </Text>
        {failure && (
          <Alert
            color={conflict ? 'orange' : 'red'}
            title={conflict ? conflictTitle : undefined}
            role="alert"
            data-testid={`${testId}-error`}
          >
            {/* A conflict is a plain sentence about the state, not "something went wrong". */}
            {conflict && !failure.reason ? failure.message : <ErrorText error={failure} />}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            {cancelLabel ?? t('common.back')}
          </Button>
          <Button
            color={danger ? 'red' : undefined}
            loading={busy}
            disabled={conflict}
            data-testid={`${testId}-confirm`}
            onClick={() => void confirm()}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
