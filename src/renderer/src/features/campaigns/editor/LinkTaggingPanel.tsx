import { Card, Group, Stack, Switch, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LinkTagging } from '@shared/contract'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftEdited } from '@renderer/store/draft/actions'
import { campaignSlug } from './campaignSlug'

const FIELDS = ['source', 'medium', 'campaign'] as const

/** What a new tagging starts with: the usual values, the campaign named after the campaign. */
export function taggingDefaults(name: string): LinkTagging {
  return { source: 'newsletter', medium: 'email', campaign: campaignSlug(name) }
}

/**
 * Tag links for analytics: utm_source, utm_medium and utm_campaign on every web link of the
 * letter. Turned off, the values typed stay here, so turning it on again brings them back.
 */
export function LinkTaggingPanel({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation()
  const [typed, setTyped] = useState<LinkTagging | null>(campaign.linkTagging)
  const on = campaign.linkTagging !== null
  const values = typed ?? taggingDefaults(campaign.name)

  const save = (next: LinkTagging) => {
    setTyped(next)
    const parsed = LinkTagging.safeParse(next)
    if (parsed.success) draftEdited(campaign.id, { linkTagging: parsed.data })
  }

  return (
    <Card withBorder>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {t('campaigns.linkTagging.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('campaigns.linkTagging.hint')}
          </Text>
        </div>
        <Switch
          label={t('campaigns.linkTagging.enable')}
          checked={on}
          onChange={(e) =>
            e.currentTarget.checked ? save(values) : draftEdited(campaign.id, { linkTagging: null })
          }
          data-testid="link-tagging"
        />
        {on && (
          <Group grow align="flex-start">
            {FIELDS.map((field) => (
              <TextInput
                key={field}
                label={t(`campaigns.linkTagging.${field}`)}
                description={t(`campaigns.linkTagging.${field}Hint`, { segment: '{{segment}}' })}
                value={values[field]}
                maxLength={200}
                onChange={(e) => save({ ...values, [field]: e.currentTarget.value })}
                data-testid={`utm-${field}`}
              />
            ))}
          </Group>
        )}
      </Stack>
    </Card>
  )
}
