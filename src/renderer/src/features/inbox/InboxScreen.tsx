import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function InboxScreen() {
  const { t } = useTranslation()
  return (
    <Stack>
      <Title order={2}>{t('inbox.title')}</Title>
    </Stack>
  )
}
