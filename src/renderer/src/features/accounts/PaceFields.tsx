import { Alert, Fieldset, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { isHastyDelay } from './accountForm'
import { numberOrEmpty, type SectionProps } from './formProps'

/** The pace new campaigns start with, and the account's optional hourly and daily limits. */
export function PaceFields({ values, set, errors }: SectionProps) {
  const { t } = useTranslation()
  return (
    <>
      <Fieldset legend={t('accounts.form.defaultsSection')}>
        <Stack gap="sm">
          <SimpleGrid cols={2}>
            <NumberInput
              label={t('accounts.form.delay')}
              description={t('accounts.form.delayHelp')}
              min={0}
              max={3600}
              step={0.5}
              decimalScale={3}
              data-testid="account-delay"
              value={values.delaySeconds}
              onChange={(v) => set('delaySeconds', numberOrEmpty(v))}
              error={errors['defaults.delayMs']}
            />
            <NumberInput
              label={t('accounts.form.concurrency')}
              description={t('accounts.form.concurrencyHelp')}
              min={1}
              max={32}
              allowDecimal={false}
              value={values.concurrency}
              onChange={(v) => set('concurrency', numberOrEmpty(v))}
              error={errors['defaults.concurrency']}
            />
          </SimpleGrid>
          {isHastyDelay(values) && (
            <Alert color="yellow" data-testid="account-delay-warning">
              {t('accounts.form.delayWarning')}
            </Alert>
          )}
        </Stack>
      </Fieldset>
      <Fieldset legend={t('accounts.form.capsSection')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('accounts.form.capsHelp')}
        </Text>
        <SimpleGrid cols={2}>
          <NumberInput
            label={t('accounts.form.hourlyCap')}
            placeholder={t('accounts.form.noCap')}
            min={1}
            allowDecimal={false}
            thousandSeparator=" "
            value={values.hourlyCap}
            onChange={(v) => set('hourlyCap', numberOrEmpty(v))}
            error={errors.hourlyCap}
          />
          <NumberInput
            label={t('accounts.form.dailyCap')}
            placeholder={t('accounts.form.noCap')}
            min={1}
            allowDecimal={false}
            thousandSeparator=" "
            value={values.dailyCap}
            onChange={(v) => set('dailyCap', numberOrEmpty(v))}
            error={errors.dailyCap}
          />
        </SimpleGrid>
      </Fieldset>
    </>
  )
}
