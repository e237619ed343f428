import { Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'

export function CampaignsScreen() {
  const { t } = useTranslation()
  return (
    <Stack>
      <Title order={2}>{t('campaigns.title')}</Title>
    </Stack>
  )
}
