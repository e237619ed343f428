import { Badge, Group } from '@mantine/core'
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

/** A scheduled campaign that needs the user says so beside its status. */
const SCHEDULE_PROBLEMS = { missed: 'orange', startFailed: 'red' } as const

export function StatusBadge({
  status,
  reason = null,
}: {
  status: CampaignView['status']
  /** The campaign's statusReason: a missed or failed scheduled start gets a badge of its own. */
  reason?: string | null
}) {
  const { t } = useTranslation()
  const badge = (
    <Badge color={COLORS[status]} variant="light" data-testid="campaign-status">
      {t(`campaigns.status.${status}`)}
    </Badge>
  )
  const problem =
    status === 'scheduled' && (reason === 'missed' || reason === 'startFailed') ? reason : null
  if (!problem) return badge
  return (
    <Group gap={4} wrap="wrap">
      {badge}
      <Badge
        color={SCHEDULE_PROBLEMS[problem]}
        variant="light"
        data-testid="campaign-schedule-problem"
      >
        {t(`campaigns.schedule.badge.${problem}`)}
      </Badge>
    </Group>
  )
}
