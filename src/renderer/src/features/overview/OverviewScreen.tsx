import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDuration } from '../../format/duration'
import { engineSelectors } from '../../store/engine/state'
import { settingsSelectors } from '../../store/settings/state'
import { useStore } from '../../store/store'
import { LiveIndicator } from '../shell/LiveIndicator'

export function OverviewScreen() {
  const { t } = useTranslation()
  const beat = useStore(engineSelectors.lastHeartbeat)
  const beats = useStore(engineSelectors.beatsReceived)
  const language = useStore(settingsSelectors.language)
  return (
    <Stack maw={860}>
      <Title order={2}>{t('overview.title')}</Title>
      <Text>{t('overview.welcome')}</Text>
      <Card withBorder>
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('overview.engineTitle')}</Title>
          <LiveIndicator />
        </Group>
        <SimpleGrid cols={3}>
          <Fact label={t('overview.uptime')} value={beat ? formatDuration(beat.uptimeMs) : '—'} />
          <Fact label={t('overview.beats')} value={String(beats)} testId="beats-received" />
          <Fact
            label={t('overview.lastBeat')}
            value={beat ? new Date(beat.at).toLocaleTimeString(language) : t('overview.never')}
          />
        </SimpleGrid>
      </Card>
    </Stack>
  )
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="lg" fw={500} data-testid={testId}>
        {value}
      </Text>
    </div>
  )
}
