import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatBytes } from '../../format/bytes'
import type { InboxMail } from '../../store/inbox/state'
import { settingsSelectors } from '../../store/settings/state'
import { useStore } from '../../store/store'
import { saveBase64 } from '../../files'

/** A received message's parts: name, size, whether the HTML shows it inline, and a download. */
export function Attachments({ parts }: { parts: InboxMail['attachments'] }) {
  const { t } = useTranslation()
  const language = useStore(settingsSelectors.language)
  if (parts.length === 0) return null
  return (
    <Stack gap="xs" data-testid="inbox-attachments">
      <Title order={3} size="h5">
        {t('inbox.attachments')}
      </Title>
      {parts.map((p, i) => {
        const name = p.filename ?? p.cid ?? t('inbox.unnamed')
        return (
          <Group key={`${name}-${i}`} gap="sm" wrap="nowrap">
            <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            <Text size="sm" c="dimmed">
              {p.contentType} · {formatBytes(p.size, language)}
            </Text>
            {p.inline && (
              <Badge size="sm" variant="light">
                {t('inbox.inline')}
              </Badge>
            )}
            {p.dataBase64 !== null ? (
              <Button
                size="compact-xs"
                variant="default"
                aria-label={t('inbox.downloadNamed', { name })}
                onClick={() => saveBase64(name, p.dataBase64!, p.contentType)}
              >
                {t('inbox.download')}
              </Button>
            ) : (
              <Text size="xs" c="dimmed">
                {t('inbox.tooLarge')}
              </Text>
            )}
          </Group>
        )
      })}
    </Stack>
  )
}
