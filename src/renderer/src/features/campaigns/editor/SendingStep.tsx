import { Card, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftEdited } from '@renderer/store/draft/actions'
import { AccountsCard } from './AccountsCard'
import { HoursCard } from './HoursCard'
import { PaceCard } from './PaceCard'
import { RetryFields } from './RetryFields'

type Settings = CampaignView['settings']

/**
 * How the campaign sends: through which accounts and with whose From, when (sending hours,
 * each recipient's zone), at what pace, and what happens when something goes wrong.
 */
export function SendingStep({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation()
  const set = (patch: Partial<Settings>) =>
    draftEdited(campaign.id, { settings: { ...campaign.settings, ...patch } })

  return (
    <Stack maw={860}>
      <AccountsCard campaign={campaign} />
      <HoursCard campaign={campaign} />
      <PaceCard campaign={campaign} />
      <Card withBorder>
        <Title order={3} size="h5" mb="sm">
          {t('campaigns.sending.retryTitle')}
        </Title>
        <RetryFields values={campaign.settings} onChange={set} />
      </Card>
    </Stack>
  )
}
