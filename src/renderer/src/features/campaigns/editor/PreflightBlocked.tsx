import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Preflight } from '@shared/contract'
import { TemplateProblem } from './TemplateProblem'

/** Why a campaign cannot start (or be scheduled) yet: which part, which variable, which rows. */
export function PreflightBlocked({ check, onFix }: { check: Preflight; onFix: () => void }) {
  const { t, i18n } = useTranslation()
  return (
    <Stack data-testid="preflight-errors">
      <Text size="sm">{t('campaigns.start.blockedHint')}</Text>
      {check.errors.map((e) => (
        <Alert
          key={`${e.part}-${e.message}`}
          color="red"
          title={
            e.variable
              ? t('campaigns.start.missingVariable', {
                  variable: `{{${e.variable}}}`,
                  part: t(`campaigns.start.parts.${e.part}`),
                })
              : t('campaigns.start.templateProblem')
          }
        >
          <TemplateProblem problem={e} />
          <Text size="sm" mt={4}>
            {t('campaigns.start.affects', {
              count: e.rows,
              formatted: e.rows.toLocaleString(i18n.language),
            })}
            {e.examples.length > 0 && `: ${e.examples.join(', ')}`}
          </Text>
        </Alert>
      ))}
      <Group justify="flex-end">
        <Button onClick={onFix}>{t('campaigns.start.fix')}</Button>
      </Group>
    </Stack>
  )
}
