import { Alert, Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { campaignsSelectors } from '../../store/campaigns/state'
import { recoveredDismissed } from '../../store/sending/actions'
import { sendingSelectors } from '../../store/sending/state'
import { useStore } from '../../store/store'
import { campaignOpened } from '../../store/ui/actions'

/**
 * After a start that found sends in flight (now `uncertain`): offers to review them on each
 * campaign's page, where the user resends or marks them sent. Offered, never forced.
 */
export function RecoveredNotice() {
  const { t } = useTranslation()
  const recovered = useStore(sendingSelectors.recovered)
  const campaigns = useStore(campaignsSelectors.list)
  if (recovered.length === 0) return null
  const count = recovered.reduce((sum, r) => sum + r.count, 0)
  return (
    <Alert
      color="yellow"
      title={t('sending.recoveredTitle')}
      mb="md"
      withCloseButton
      closeButtonLabel={t('sending.dismiss')}
      onClose={recoveredDismissed}
      data-testid="recovered-notice"
    >
      {t('sending.recovered', { count })}
      <Group gap="xs" mt="xs">
        {recovered.map(({ campaignId }) => {
          const name = campaigns?.find((c) => c.id === campaignId)?.name
          return (
            <Button
              key={campaignId}
              size="compact-sm"
              variant="light"
              data-testid={`recovered-review-${campaignId}`}
              onClick={() => campaignOpened(campaignId)}
            >
              {name
                ? t('sending.review', { name })
                : t('sending.reviewUnnamed', { id: campaignId })}
            </Button>
          )
        })}
      </Group>
    </Alert>
  )
}
