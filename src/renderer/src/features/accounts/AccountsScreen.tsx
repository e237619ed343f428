import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function AccountsScreen() {
  const { t } = useTranslation()
  return (
    <Stack>
      <Title order={2}>{t('accounts.title')}</Title>
    </Stack>
  )
}
