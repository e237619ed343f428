import { NumberInput, SimpleGrid } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export interface RetryValues {
  maxAttempts: number
  backoffMs: number
  timeoutMs: number
}

/** Tries, back-off and time-out, in seconds where people think in seconds: a campaign's or the app's defaults. */
export function RetryFields({
  values,
  onChange,
}: {
  values: RetryValues
  onChange: (patch: Partial<RetryValues>) => void
}) {
  const { t } = useTranslation()
  const seconds = (field: 'backoffMs' | 'timeoutMs') => (v: string | number) =>
    typeof v === 'number' && onChange({ [field]: Math.round(v * 1000) })
  return (
    <SimpleGrid cols={3}>
      <NumberInput
        label={t('campaigns.sending.attempts')}
        description={t('campaigns.sending.attemptsHint')}
        min={1}
        max={20}
        value={values.maxAttempts}
        onChange={(v) => typeof v === 'number' && onChange({ maxAttempts: v })}
      />
      <NumberInput
        label={t('campaigns.sending.backoff')}
        description={t('campaigns.sending.backoffHint')}
        suffix={` ${t('common.sec')}`}
        min={0}
        max={86400}
        value={values.backoffMs / 1000}
        onChange={seconds('backoffMs')}
      />
      <NumberInput
        label={t('campaigns.sending.timeout')}
        description={t('campaigns.sending.timeoutHint')}
        suffix={` ${t('common.sec')}`}
        min={1}
        max={600}
        value={values.timeoutMs / 1000}
        onChange={seconds('timeoutMs')}
      />
    </SimpleGrid>
  )
}
