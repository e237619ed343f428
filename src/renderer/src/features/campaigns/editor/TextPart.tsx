import { Card, Stack, Switch, Text, Textarea, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { draftEdited } from '@renderer/store/draft/actions'
import type { DraftContent } from '@renderer/store/draft/state'

/**
 * The plain-text part: mail apps that do not show HTML show this, and spam filters look for
 * it. Made from the HTML unless the user writes their own.
 */
export function TextPart({ campaignId, content }: { campaignId: number; content: DraftContent }) {
  const { t } = useTranslation()
  const own = content.text !== null
  return (
    <Card withBorder>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {t('campaigns.text.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('campaigns.text.hint')}
          </Text>
        </div>
        <Switch
          label={t('campaigns.text.own')}
          checked={own}
          onChange={(e) =>
            draftEdited(campaignId, {
              text: e.currentTarget.checked ? content.generatedText : null,
            })
          }
          data-testid="text-own"
        />
        <Textarea
          aria-label={t('campaigns.text.title')}
          autosize
          minRows={4}
          maxRows={16}
          readOnly={!own}
          value={own ? (content.text ?? '') : content.generatedText}
          onChange={(e) => draftEdited(campaignId, { text: e.currentTarget.value })}
          styles={{ input: { fontFamily: 'ui-monospace, Menlo, Consolas, monospace' } }}
          data-testid="text-part"
        />
      </Stack>
    </Card>
  )
}
