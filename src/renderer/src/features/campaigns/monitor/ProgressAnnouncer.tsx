import { VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignView } from '@renderer/store/campaigns/state'

/**
 * The progress, for screen readers, in a polite live region. The text only changes when the
 * status changes or another 10% is done, so a fast campaign does not flood the reader with every
 * tick (React leaves the DOM alone while the text stays the same).
 */
export function ProgressAnnouncer({
  status,
  percent,
}: {
  status: CampaignView['status']
  percent: number
}) {
  const { t } = useTranslation()
  return (
    <VisuallyHidden role="status" aria-live="polite" data-testid="progress-announcer">
      {t('campaigns.monitor.announce', {
        status: t(`campaigns.status.${status}`),
        percent: Math.floor(percent / 10) * 10,
      })}
    </VisuallyHidden>
  )
}
