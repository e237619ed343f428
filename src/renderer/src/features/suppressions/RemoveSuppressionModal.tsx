import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { suppressionRemoved } from '../../store/suppressions/actions'
import { ConfirmModal } from '../common/ConfirmModal'

/** Asks before an address may receive mail again. */
export function RemoveSuppressionModal({
  email,
  onClose,
}: {
  email: string | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <ConfirmModal
      opened={email !== null}
      onClose={onClose}
      title={t('suppressions.removeTitle')}
      body={email ? t('suppressions.removeBody', { email }) : ''}
      cancelLabel={t('suppressions.removeCancel')}
      confirmLabel={t('suppressions.removeConfirm')}
      testId="suppression-remove"
      onConfirm={async () => {
        if (!email) return
        await suppressionRemoved(email)
        notifications.show({ color: 'teal', message: t('suppressions.removed', { email }) })
      }}
    />
  )
}
