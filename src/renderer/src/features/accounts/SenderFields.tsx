import { SimpleGrid, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SectionProps } from './formProps'

/** Who the messages say they are from, and where replies go. */
export function SenderFields({ values, set, errors }: SectionProps) {
  const { t } = useTranslation()
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <TextInput
        label={t('accounts.form.fromName')}
        value={values.fromName}
        onChange={(e) => set('fromName', e.currentTarget.value)}
        error={errors.fromName}
      />
      <TextInput
        label={t('accounts.form.fromEmail')}
        type="email"
        required
        data-testid="account-from-email"
        value={values.fromEmail}
        onChange={(e) => set('fromEmail', e.currentTarget.value)}
        error={errors.fromEmail}
      />
      <TextInput
        label={t('accounts.form.replyTo')}
        description={t('accounts.form.replyToHelp')}
        type="email"
        value={values.replyTo}
        onChange={(e) => set('replyTo', e.currentTarget.value)}
        error={errors.replyTo}
      />
    </SimpleGrid>
  )
}
