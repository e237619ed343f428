import { Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { screenOpened } from '../../store/ui/actions'

const STEPS = ['recipients', 'write', 'preview', 'start'] as const

/** What a new user sees instead of an empty list: the way through, and a safe place to try it. */
export function FirstRun({ onCreate, creating }: { onCreate: () => void; creating: boolean }) {
  const { t } = useTranslation()
  return (
    <Card withBorder padding="xl" data-testid="campaigns-empty" maw={760}>
      <Stack>
        <Title order={3}>{t('campaigns.firstRun.title')}</Title>
        <Text>{t('campaigns.firstRun.intro')}</Text>
        <List spacing="sm" center>
          {STEPS.map((step, i) => (
            <List.Item
              key={step}
              icon={
                <ThemeIcon radius="xl" size={26}>
                  {i + 1}
                </ThemeIcon>
              }
            >
              <Text fw={600} span>
                {t(`campaigns.firstRun.steps.${step}.title`)}
              </Text>{' '}
              <Text span c="dimmed">
                {t(`campaigns.firstRun.steps.${step}.body`, { name: '{{name}}' })}
              </Text>
            </List.Item>
          ))}
        </List>
        <Text size="sm" c="dimmed">
          {t('campaigns.firstRun.testInbox')}
        </Text>
        <Group>
          <Button size="md" onClick={onCreate} loading={creating} data-testid="campaign-first">
            {t('campaigns.firstRun.create')}
          </Button>
          <Button variant="subtle" onClick={() => screenOpened('accounts')}>
            {t('campaigns.firstRun.ownAccount')}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
