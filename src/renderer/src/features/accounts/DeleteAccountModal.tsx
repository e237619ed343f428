import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { accountDeleted } from '../../store/accounts/actions'
import type { Account } from '../../store/accounts/state'
import { ConfirmModal } from '../common/ConfirmModal'

/** Asks first; an unfinished campaign on the account makes the engine refuse, in its words. */
export function DeleteAccountModal({
  account,
  onClose,
}: {
  account: Account | null
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <ConfirmModal
      opened={account !== null}
      onClose={onClose}
      title={t('accounts.deleteDialog.title')}
      body={account ? t('accounts.deleteDialog.body', { name: account.name }) : ''}
      cancelLabel={t('accounts.deleteDialog.cancel')}
      confirmLabel={t('accounts.deleteDialog.confirm')}
      testId="account-delete"
      conflictTitle={t('accounts.deleteDialog.conflict')}
      onConfirm={async () => {
        if (!account) return
        await accountDeleted(account.id)
        notifications.show({
          color: 'teal',
          message: t('accounts.deleteDialog.deleted', { name: account.name }),
        })
      }}
    />
  )
}
