import { Card, Group, SimpleGrid, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDuration } from '../../format/duration'
import { engineSelectors } from '../../store/engine/state'
import { settingsSelectors } from '../../store/settings/state'
import { useStore } from '../../store/store'
import { LiveIndicator } from '../common/LiveIndicator'

/** The engine's pulse: how long it has run and the signals this window received. */
export function EngineCard() {
  const { t } = useTranslation()
  const beat = useStore(engineSelectors.lastHeartbeat)
  const beats = useStore(engineSelectors.beatsReceived)
  const language = useStore(settingsSelectors.language)
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('engine.title')}
        </Title>
        <LiveIndicator />
      </Group>
      <SimpleGrid cols={3}>
        <Fact label={t('engine.uptime')} value={beat ? formatDuration(beat.uptimeMs) : '—'} />
        <Fact label={t('engine.beats')} value={String(beats)} testId="beats-received" />
        <Fact
          label={t('engine.lastBeat')}
          value={beat ? new Date(beat.at).toLocaleTimeString(language) : t('engine.never')}
        />
      </SimpleGrid>
    </Card>
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
