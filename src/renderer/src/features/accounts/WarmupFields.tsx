import { Fieldset, NativeSelect, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { TimeZonePicker } from '../policy/TimeZonePicker'
import { warmupPicked, warmupRamp } from './accountForm'
import { numberOrEmpty, type SectionProps } from './formProps'
import { WARMUP_PRESETS } from './warmupPresets'
import { rampWords } from './warmupWords'

/** An optional warm-up: off, a preset ramp, or the user's own; the ramp said in one line. */
export function WarmupFields({ values, set, update, errors }: SectionProps) {
  const { t, i18n } = useTranslation()
  const custom = values.warmup === 'custom'
  const ramp = warmupRamp(values)
  const complete = ramp && ramp.start !== '' && ramp.target !== '' && ramp.days !== ''
  const warmupErrors = [
    errors['warmup.startPerDay'],
    errors['warmup.targetPerDay'],
    errors['warmup.days'],
  ]
  return (
    <Fieldset legend={t('accounts.form.warmupSection')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('accounts.form.warmupHelp')}
        </Text>
        <NativeSelect
          label={t('accounts.form.warmupChoice')}
          data={[
            { value: 'off', label: t('accounts.form.warmupOff') },
            ...WARMUP_PRESETS.map((p) => ({
              value: p.id,
              label: rampWords(p, t, i18n.language),
            })),
            { value: 'custom', label: t('accounts.form.warmupCustom') },
          ]}
          value={values.warmup}
          onChange={(e) => update((v) => warmupPicked(v, e.currentTarget.value))}
          // A preset's numbers have no fields of their own: any complaint shows here.
          error={custom ? undefined : warmupErrors.find(Boolean)}
          data-testid="account-warmup-choice"
        />
        {custom && (
          <SimpleGrid cols={3}>
            <NumberInput
              label={t('accounts.form.warmupStart')}
              min={1}
              allowDecimal={false}
              thousandSeparator=" "
              value={values.warmupStart}
              onChange={(v) => set('warmupStart', numberOrEmpty(v))}
              error={errors['warmup.startPerDay']}
            />
            <NumberInput
              label={t('accounts.form.warmupTarget')}
              min={2}
              allowDecimal={false}
              thousandSeparator=" "
              value={values.warmupTarget}
              onChange={(v) => set('warmupTarget', numberOrEmpty(v))}
              error={errors['warmup.targetPerDay']}
            />
            <NumberInput
              label={t('accounts.form.warmupDays')}
              min={2}
              max={365}
              allowDecimal={false}
              value={values.warmupDays}
              onChange={(v) => set('warmupDays', numberOrEmpty(v))}
              error={errors['warmup.days']}
            />
          </SimpleGrid>
        )}
        {complete && (
          <Text size="sm" data-testid="account-warmup-ramp">
            {rampWords(
              { start: Number(ramp.start), target: Number(ramp.target), days: Number(ramp.days) },
              t,
              i18n.language,
            )}
          </Text>
        )}
        {values.warmup !== 'off' && (
          <TimeZonePicker
            label={t('accounts.form.warmupZone')}
            description={t('accounts.form.warmupZoneHelp')}
            value={values.warmupZone}
            onChange={(zone) => set('warmupZone', zone)}
            error={errors['warmup.zone']}
            maw={520}
            data-testid="account-warmup-zone"
          />
        )}
      </Stack>
    </Fieldset>
  )
}
