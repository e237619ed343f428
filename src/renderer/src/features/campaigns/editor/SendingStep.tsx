import { Alert, Card, NumberInput, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftEdited } from '@renderer/store/draft/actions'
import { formatApproxDuration } from '@renderer/format/approxDuration'
import { paceSummary } from './pace'
import { RetryFields } from './RetryFields'

type Settings = CampaignView['settings']

/** The five sending values, each in seconds where people think in seconds, with plain words. */
export function SendingStep({ campaign }: { campaign: CampaignView }) {
  const { t, i18n } = useTranslation()
  const s = campaign.settings
  const set = (patch: Partial<Settings>) =>
    draftEdited(campaign.id, { settings: { ...s, ...patch } })
  const seconds = (ms: number) => ms / 1000
  const pace = paceSummary(s, campaign.recipients)

  return (
    <Stack maw={860}>
      <Card withBorder>
        <Title order={3} size="h5" mb="sm">
          {t('campaigns.sending.paceTitle')}
        </Title>
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('campaigns.sending.delay')}
            description={t('campaigns.sending.delayHint')}
            suffix={` ${t('common.sec')}`}
            min={0}
            max={3600}
            step={0.5}
            decimalScale={1}
            value={seconds(s.delayMs)}
            onChange={(v) => typeof v === 'number' && set({ delayMs: Math.round(v * 1000) })}
            data-testid="setting-delay"
          />
          <NumberInput
            label={t('campaigns.sending.concurrency')}
            description={t('campaigns.sending.concurrencyHint')}
            min={1}
            max={32}
            value={s.concurrency}
            onChange={(v) => typeof v === 'number' && set({ concurrency: v })}
            data-testid="setting-concurrency"
          />
        </SimpleGrid>
        {s.delayMs < 1000 && (
          <Alert color="orange" mt="md" data-testid="delay-warning">
            {t('campaigns.sending.fastWarning')}
          </Alert>
        )}
        <Text size="sm" mt="md" data-testid="pace-summary">
          {t('campaigns.sending.perMinute', {
            perMinute: pace.perMinute.toLocaleString(i18n.language, { maximumFractionDigits: 1 }),
          })}
          {campaign.recipients > 0 &&
            ` ${t('campaigns.sending.paceSummary', {
              duration: formatApproxDuration(pace.hours * 3_600_000, i18n.language),
              formatted: campaign.recipients.toLocaleString(i18n.language),
              count: campaign.recipients,
            })}`}
        </Text>
      </Card>
      <Card withBorder>
        <Title order={3} size="h5" mb="sm">
          {t('campaigns.sending.retryTitle')}
        </Title>
        <RetryFields values={s} onChange={set} />
      </Card>
    </Stack>
  )
}
