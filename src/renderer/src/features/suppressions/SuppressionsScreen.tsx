import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function SuppressionsScreen() {
  const { t } = useTranslation()
  return (
    <Stack>
      <Title order={2}>{t('suppressions.title')}</Title>
    </Stack>
  )
}
