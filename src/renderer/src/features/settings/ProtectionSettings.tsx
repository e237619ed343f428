import { Card, NumberInput, Stack, Switch, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Settings } from '@shared/contract'
import { settingsChanged } from '../../store/settings/actions'

type Protection = Settings['protection']

/** Self-protection: whether a campaign pauses on too many permanent refusals, and above what share. */
export function ProtectionSettings({ protection }: { protection: Protection }) {
  const { t } = useTranslation()
  const save = (patch: Partial<Protection>) =>
    void settingsChanged({ protection: { ...protection, ...patch } })
  return (
    <Card withBorder data-testid="settings-protection">
      <Title order={3} size="h5">
        {t('settings.protection.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.protection.hint')}
      </Text>
      <Stack gap="md">
        <Switch
          label={t('settings.protection.enabled')}
          checked={protection.enabled}
          onChange={(e) => save({ enabled: e.currentTarget.checked })}
        />
        <NumberInput
          label={t('settings.protection.percent')}
          description={t('settings.protection.percentHint')}
          suffix="%"
          min={1}
          max={50}
          allowDecimal={false}
          maw={240}
          disabled={!protection.enabled}
          value={protection.permanentFailurePercent}
          // Only whole shares the engine accepts are saved; the field clamps the rest on blur.
          onChange={(v) =>
            typeof v === 'number' &&
            Number.isInteger(v) &&
            v >= 1 &&
            v <= 50 &&
            save({ permanentFailurePercent: v })
          }
        />
      </Stack>
    </Card>
  )
}
