import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { outbox } from '@renderer/client'
import { campaignReceived } from '@renderer/store/campaigns/actions'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftOpened } from '@renderer/store/draft/actions'
import { errorOf } from '@renderer/store/errorOf'
import { ErrorText } from '../../common/ErrorText'
import { ImportPanel } from './ImportPanel'
import type { FileChoice } from './importSource'
import { RecipientTable } from './RecipientTable'

/** Where the recipients come from (a file or a pasted list) and who they are now. */
export function RecipientsStep({
  campaign,
  onDone,
}: {
  campaign: CampaignView
  onDone: () => void
}) {
  const { t, i18n } = useTranslation()
  const [importing, setImporting] = useState(campaign.recipients === 0)
  const [error, setError] = useState<{ code: string; message: string } | null>(null)
  const [version, setVersion] = useState(0)

  const use = async (file: FileChoice) => {
    setError(null)
    try {
      const updated = await outbox().campaigns.setRecipients({
        id: campaign.id,
        recipientsFile: file,
      })
      campaignReceived(updated)
      await draftOpened(campaign.id) // the variables follow the new columns
      setImporting(false)
      setVersion((v) => v + 1)
    } catch (e) {
      setError(errorOf(e))
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={3} size="h4">
            {t('campaigns.recipients.title')}
          </Title>
          <Text size="sm" c="dimmed" data-testid="recipient-count">
            {t('campaigns.recipients.count', {
              count: campaign.recipients,
              formatted: campaign.recipients.toLocaleString(i18n.language),
            })}
          </Text>
        </div>
        <Group>
          {!importing && (
            <Button variant="default" onClick={() => setImporting(true)}>
              {t('campaigns.recipients.replace')}
            </Button>
          )}
          {campaign.recipients > 0 && (
            <Button onClick={onDone} data-testid="recipients-next">
              {t('campaigns.recipients.next')}
            </Button>
          )}
        </Group>
      </Group>
      {error && (
        <Alert color="red" data-testid="recipients-error">
          <ErrorText error={error} />
        </Alert>
      )}
      {importing && (
        <ImportPanel
          onUse={use}
          onCancel={campaign.recipients > 0 ? () => setImporting(false) : undefined}
        />
      )}
      {campaign.recipients > 0 && !importing && (
        <RecipientTable campaignId={campaign.id} key={version} />
      )}
    </Stack>
  )
}
