import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Unsubscribe } from '@shared/contract'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftEdited } from '@renderer/store/draft/actions'

/**
 * The List-Unsubscribe headers (mail apps show an "Unsubscribe" button for them) and the link
 * in the body. Only a valid pair is saved, so a half-typed URL never blocks the other edits.
 */
export function UnsubscribePanel({
  campaign,
  onInsert,
}: {
  campaign: CampaignView
  /** Puts the link into an HTML letter; absent for a visual one (its footer holds the link). */
  onInsert?: (tag: string) => void
}) {
  const { t } = useTranslation()
  const [mailto, setMailto] = useState(campaign.unsubscribe.mailto ?? '')
  const [url, setUrl] = useState(campaign.unsubscribe.url ?? '')
  const checked = Unsubscribe.safeParse({ mailto: mailto.trim() || null, url: url.trim() || null })
  const problem = (field: 'mailto' | 'url') =>
    checked.success ? undefined : checked.error.issues.find((i) => i.path[0] === field)

  const edit = (next: { mailto: string; url: string }) => {
    const parsed = Unsubscribe.safeParse({
      mailto: next.mailto.trim() || null,
      url: next.url.trim() || null,
    })
    if (parsed.success) draftEdited(campaign.id, { unsubscribe: parsed.data })
  }
  const configured = checked.success && (checked.data.mailto !== null || checked.data.url !== null)

  return (
    <Card withBorder>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {t('campaigns.unsubscribe.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('campaigns.unsubscribe.hint')}
          </Text>
        </div>
        <Group grow align="flex-start">
          <TextInput
            label={t('campaigns.unsubscribe.url')}
            description={t('campaigns.unsubscribe.urlHint', { email: '{{email}}' })}
            placeholder="https://example.com/unsubscribe?e={{email}}"
            value={url}
            error={problem('url') && t('campaigns.unsubscribe.urlInvalid')}
            onChange={(e) => {
              setUrl(e.currentTarget.value)
              edit({ mailto, url: e.currentTarget.value })
            }}
            data-testid="unsubscribe-url"
          />
          <TextInput
            label={t('campaigns.unsubscribe.mailto')}
            description={t('campaigns.unsubscribe.mailtoHint')}
            placeholder="unsubscribe@example.com"
            value={mailto}
            error={problem('mailto') && t('campaigns.unsubscribe.mailtoInvalid')}
            onChange={(e) => {
              setMailto(e.currentTarget.value)
              edit({ mailto: e.currentTarget.value, url })
            }}
            data-testid="unsubscribe-mailto"
          />
        </Group>
        <Group>
          {onInsert && (
            <Button
              size="xs"
              variant="light"
              disabled={!configured}
              onClick={() =>
                onInsert(`<a href="{{unsubscribeUrl}}">${t('campaigns.unsubscribe.linkText')}</a>`)
              }
              data-testid="insert-unsubscribe"
            >
              {t('campaigns.unsubscribe.insert')}
            </Button>
          )}
          {!configured && (
            <Text size="xs" c="dimmed">
              {t('campaigns.unsubscribe.insertNeedsTarget')}
            </Text>
          )}
        </Group>
      </Stack>
    </Card>
  )
}
