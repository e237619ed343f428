import { Modal } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { ScheduleForm } from './ScheduleForm'

/** Moving a scheduled start: the schedule form in a dialog of its own. */
export function ScheduleDialog({
  campaign,
  opened,
  onClose,
}: {
  campaign: CampaignView
  opened: boolean
  onClose: () => void
}) {
  const { t } = useTranslation()
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('campaigns.schedule.rescheduleTitle')}
      size="lg"
      centered
    >
      {opened && (
        <ScheduleForm
          campaignId={campaign.id}
          current={campaign.schedule}
          onCancel={onClose}
          onScheduled={onClose}
        />
      )}
    </Modal>
  )
}
