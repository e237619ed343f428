import { Fieldset, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SendingHoursInput } from '../policy/SendingHoursInput'
import type { SectionProps } from './formProps'

/** The sending hours a new campaign on this account starts with (its editor can change them). */
export function HoursFields({ values, set, errors }: SectionProps) {
  const { t } = useTranslation()
  return (
    <Fieldset legend={t('accounts.form.hoursSection')} data-testid="account-hours">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('accounts.form.hoursHelp')}
        </Text>
        <SendingHoursInput
          value={values.sendingHours}
          onChange={(hours) => set('sendingHours', hours)}
          errors={{
            days: errors['sendingHours.days'],
            from: errors['sendingHours.from'],
            to: errors['sendingHours.to'],
            zone: errors['sendingHours.zone'],
          }}
        />
      </Stack>
    </Fieldset>
  )
}
