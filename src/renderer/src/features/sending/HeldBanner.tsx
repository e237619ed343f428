import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../format/date'
import { sendingSelectors } from '../../store/sending/state'
import { useStore } from '../../store/store'

/** A calm note while sending is held for the whole app: nothing to do, it goes on by itself. */
export function HeldBanner() {
  const { t, i18n } = useTranslation()
  const held = useStore(sendingSelectors.held)
  const since = useStore(sendingSelectors.heldSince)
  if (held.length === 0) return null
  const key =
    held.length > 1
      ? 'sending.heldBoth'
      : held[0] === 'suspend'
        ? 'sending.heldSuspend'
        : 'sending.heldOffline'
  return (
    <Alert
      color="gray"
      title={t('sending.heldTitle')}
      mb="md"
      role="status"
      data-testid="held-banner"
    >
      {t(key)}
      {since !== null && (
        <> {t('sending.heldSince', { time: formatDateTime(since, i18n.language) })}</>
      )}
    </Alert>
  )
}
