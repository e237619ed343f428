import { Card, SimpleGrid, Stack, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignActivity } from '@shared/contract'
import { outbox } from '@renderer/client'
import { ActivityChart } from './ActivityChart'
import { CampaignTimeline } from './CampaignTimeline'

/** Sends over time and the campaign's story, reloaded as the campaign moves. */
export function ActivityCard({ campaignId, version }: { campaignId: number; version: number }) {
  const { t } = useTranslation()
  const [activity, setActivity] = useState<CampaignActivity | null>(null)
  useEffect(() => {
    let live = true
    outbox()
      .campaigns.activity({ id: campaignId })
      .then((a) => live && setActivity(a))
      .catch(() => {})
    return () => {
      live = false
    }
  }, [campaignId, version])
  if (!activity) return null
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }}>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('campaigns.activity.title')}
          </Title>
          <ActivityChart perMinute={activity.perMinute} />
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('campaigns.activity.timeline')}
          </Title>
          <CampaignTimeline entries={activity.timeline} />
        </Stack>
      </Card>
    </SimpleGrid>
  )
}
