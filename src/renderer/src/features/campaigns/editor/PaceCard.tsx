import {
  Alert,
  Card,
  Group,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SPREAD_MAX_MS, SPREAD_MIN_MS } from '@shared/contract'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftEdited } from '@renderer/store/draft/actions'
import { formatApproxDuration } from '@renderer/format/approxDuration'
import { paceSummary, spreadFields, spreadMsOf, type SpreadUnit } from './pace'

type Settings = CampaignView['settings']
const DEFAULT_SPREAD_MS = 86_400_000

/**
 * The pace: a fixed pause between emails on each account, or "spread over" a time, where the
 * engine derives the pause. Connections count in both.
 */
export function PaceCard({ campaign }: { campaign: CampaignView }) {
  const { t, i18n } = useTranslation()
  const s = campaign.settings
  const spreadMs = campaign.policy.spreadMs
  const set = (patch: Partial<Settings>) =>
    draftEdited(campaign.id, { settings: { ...s, ...patch } })
  const setSpread = (ms: number | null) =>
    draftEdited(campaign.id, { policy: { ...campaign.policy, spreadMs: ms } })
  const accounts = Math.max(1, campaign.accountIds.length)
  const pace = paceSummary(s, campaign.recipients, accounts)
  const perMinute = pace.perMinute.toLocaleString(i18n.language, { maximumFractionDigits: 1 })

  const connections = (
    <NumberInput
      label={t('campaigns.sending.concurrency')}
      description={t('campaigns.sending.concurrencyHint')}
      min={1}
      max={32}
      value={s.concurrency}
      onChange={(v) => typeof v === 'number' && set({ concurrency: v })}
      data-testid="setting-concurrency"
    />
  )

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {t('campaigns.sending.paceTitle')}
      </Title>
      <Radio.Group
        label={t('campaigns.sending.paceMode')}
        value={spreadMs === null ? 'delay' : 'spread'}
        onChange={(mode) => setSpread(mode === 'spread' ? DEFAULT_SPREAD_MS : null)}
        mb="md"
      >
        <Group mt={6} gap="lg">
          <Radio value="delay" label={t('campaigns.sending.paceDelay')} data-testid="pace-delay" />
          <Radio
            value="spread"
            label={t('campaigns.sending.paceSpread')}
            data-testid="pace-spread"
          />
        </Group>
      </Radio.Group>
      {spreadMs === null ? (
        <>
          <SimpleGrid cols={2}>
            <NumberInput
              label={t('campaigns.sending.delay')}
              description={t('campaigns.sending.delayHint')}
              suffix={` ${t('common.sec')}`}
              min={0}
              max={3600}
              step={0.5}
              decimalScale={1}
              value={s.delayMs / 1000}
              onChange={(v) => typeof v === 'number' && set({ delayMs: Math.round(v * 1000) })}
              data-testid="setting-delay"
            />
            {connections}
          </SimpleGrid>
          {s.delayMs < 1000 && (
            <Alert color="orange" mt="md" data-testid="delay-warning">
              {t('campaigns.sending.fastWarning')}
            </Alert>
          )}
          <Text size="sm" mt="md" data-testid="pace-summary">
            {accounts > 1
              ? t('campaigns.sending.perMinuteAccounts', { perMinute, count: accounts })
              : t('campaigns.sending.perMinute', { perMinute })}
            {campaign.recipients > 0 &&
              ` ${t('campaigns.sending.paceSummary', {
                duration: formatApproxDuration(pace.hours * 3_600_000, i18n.language),
                formatted: campaign.recipients.toLocaleString(i18n.language),
                count: campaign.recipients,
              })}`}
          </Text>
        </>
      ) : (
        <SimpleGrid cols={2}>
          <SpreadFields spreadMs={spreadMs} onChange={setSpread} />
          {connections}
        </SimpleGrid>
      )}
    </Card>
  )
}

/**
 * "Spread over N hours/days". A value out of range stays on screen with the range and is not
 * saved until it fits.
 */
function SpreadFields({
  spreadMs,
  onChange,
}: {
  spreadMs: number
  onChange: (ms: number) => void
}) {
  const { t } = useTranslation()
  const [fields, setFields] = useState(() => spreadFields(spreadMs))
  const [shown, setShown] = useState(spreadMs)
  // A value from outside (the engine's answer, another draft) replaces what is shown.
  if (shown !== spreadMs) {
    setShown(spreadMs)
    if (spreadMsOf(fields.amount, fields.unit) !== spreadMs) setFields(spreadFields(spreadMs))
  }
  const ms = spreadMsOf(fields.amount, fields.unit)
  const fits = ms >= SPREAD_MIN_MS && ms <= SPREAD_MAX_MS
  const edit = (next: { amount: number; unit: SpreadUnit }) => {
    setFields(next)
    const nextMs = spreadMsOf(next.amount, next.unit)
    if (nextMs >= SPREAD_MIN_MS && nextMs <= SPREAD_MAX_MS) {
      setShown(nextMs)
      onChange(nextMs)
    }
  }
  return (
    <Stack gap={6}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <NumberInput
          label={t('campaigns.sending.spreadAmount')}
          min={1}
          max={fields.unit === 'days' ? 60 : 1440}
          decimalScale={1}
          value={fields.amount}
          onChange={(v) => typeof v === 'number' && edit({ ...fields, amount: v })}
          error={fits ? undefined : t('campaigns.sending.spreadRange')}
          style={{ flex: 1 }}
          data-testid="spread-amount"
        />
        <Select
          label={t('campaigns.sending.spreadUnit')}
          allowDeselect={false}
          value={fields.unit}
          data={[
            { value: 'hours', label: t('campaigns.sending.unitHours') },
            { value: 'days', label: t('campaigns.sending.unitDays') },
          ]}
          onChange={(v) => v && edit({ ...fields, unit: v as SpreadUnit })}
          w={120}
          data-testid="spread-unit"
        />
      </Group>
      <Text size="sm" c="dimmed" data-testid="spread-hint">
        {t('campaigns.sending.spreadHint')}
      </Text>
    </Stack>
  )
}
