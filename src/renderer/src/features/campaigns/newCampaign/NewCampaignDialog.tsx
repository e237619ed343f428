import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Divider,
  Group,
  Modal,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LetterTemplate } from '@shared/contract'
import { STARTER_KINDS } from '@shared/letter/starters'
import { outbox } from '@renderer/client'
import type { NewCampaignChoice } from './createCampaign'

/**
 * The first question of a new campaign: which letter to start from. The five starters are
 * visual letters in the window's language; the user's own templates follow; writing HTML by
 * hand is there for who has the code ready.
 */
export function NewCampaignDialog({
  opened,
  onClose,
  onChoose,
  busy,
}: {
  opened: boolean
  onClose: () => void
  onChoose: (choice: NewCampaignChoice) => void
  busy: boolean
}) {
  const { t } = useTranslation()
  const [own, setOwn] = useState<LetterTemplate[] | null>(null)

  useEffect(() => {
    if (!opened) return
    let current = true
    outbox()
      .templates.list()
      .then((list) => current && setOwn(list))
      .catch(() => current && setOwn([]))
    return () => {
      current = false
    }
  }, [opened])

  const remove = async (template: LetterTemplate) => {
    await outbox().templates.delete({ id: template.id })
    setOwn((list) => list?.filter((x) => x.id !== template.id) ?? null)
    notifications.show({ message: t('campaigns.newCampaign.deleted', { name: template.name }) })
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('campaigns.newCampaign.title')}
      size="xl"
      centered
      data-testid="new-campaign-dialog"
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('campaigns.newCampaign.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {STARTER_KINDS.map((kind) => (
            <Card key={kind} withBorder padding="md">
              <Stack gap={6} h="100%">
                <Text fw={600}>{t(`campaigns.newCampaign.starters.${kind}.name`)}</Text>
                <Text size="sm" c="dimmed" style={{ flex: 1 }}>
                  {t(`campaigns.newCampaign.starters.${kind}.hint`)}
                </Text>
                <Button
                  variant="light"
                  disabled={busy}
                  onClick={() => onChoose({ kind: 'starter', starter: kind })}
                  data-testid={`starter-${kind}`}
                >
                  {t('campaigns.newCampaign.use')}
                </Button>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
        <Divider />
        <Title order={4}>{t('campaigns.newCampaign.own')}</Title>
        {own?.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('campaigns.newCampaign.ownEmpty')}
          </Text>
        )}
        {own?.map((template) => (
          <Group key={template.id} justify="space-between" wrap="nowrap" data-testid="own-template">
            <div>
              <Group gap="xs">
                <Text fw={500}>{template.name}</Text>
                <Badge variant="light" size="sm">
                  {template.visual
                    ? t('campaigns.newCampaign.visual')
                    : t('campaigns.newCampaign.html')}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed">
                {template.subject}
                {template.images > 0 &&
                  ` · ${t('campaigns.newCampaign.images', { count: template.images })}`}
              </Text>
            </div>
            <Group gap="xs" wrap="nowrap">
              <Button
                size="xs"
                variant="light"
                disabled={busy}
                onClick={() => onChoose({ kind: 'template', id: template.id })}
                data-testid={`template-use-${template.id}`}
              >
                {t('campaigns.newCampaign.use')}
              </Button>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('campaigns.newCampaign.deleteTemplate', { name: template.name })}
                onClick={() => void remove(template)}
                data-testid={`template-delete-${template.id}`}
              >
                ×
              </ActionIcon>
            </Group>
          </Group>
        ))}
        <Divider />
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('campaigns.newCampaign.byHandHint')}
          </Text>
          <Button
            variant="subtle"
            disabled={busy}
            onClick={() => onChoose({ kind: 'html' })}
            data-testid="new-html"
          >
            {t('campaigns.newCampaign.byHand')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
