import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignView } from '../../store/campaigns/state'

const COLORS: Record<CampaignView['status'], string> = {
  draft: 'gray',
  scheduled: 'cyan',
  sending: 'blue',
  paused: 'yellow',
  completed: 'green',
  cancelled: 'red',
}

export function StatusBadge({ status }: { status: CampaignView['status'] }) {
  const { t } = useTranslation()
  return (
    <Badge color={COLORS[status]} variant="light" data-testid="campaign-status">
      {t(`campaigns.status.${status}`)}
    </Badge>
  )
}
