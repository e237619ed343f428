import { Group, Select, Stack, TextInput } from '@mantine/core'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { accountsSelectors } from '@renderer/store/accounts/state'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { useStore } from '@renderer/store/store'
import { draftEdited } from '@renderer/store/draft/actions'
import type { DraftContent } from '@renderer/store/draft/state'
import { accountName } from '../../accounts/accountName'
import { AttachmentsPanel } from './AttachmentsPanel'
import type { HtmlEditorHandle } from './HtmlEditor'
import { HtmlLetter } from './HtmlLetter'
import { ImagesPanel } from './ImagesPanel'
import { SaveAsTemplate } from './SaveAsTemplate'
import { LinkTaggingPanel } from './LinkTaggingPanel'
import { PreheaderInput } from './PreheaderInput'
import { TextPart } from './TextPart'
import { UnsubscribePanel } from './UnsubscribePanel'
import { VisualLetter } from './VisualLetter'

/**
 * Who it is from, the subject and preheader, the HTML body with its images, unsubscribe, link
 * tagging, attachments and text part.
 */
export function MessageStep({
  campaign,
  content,
}: {
  campaign: CampaignView
  content: DraftContent
}) {
  const { t } = useTranslation()
  const editor = useRef<HtmlEditorHandle>(null)
  const subject = useRef<HTMLInputElement>(null)
  const accounts = useStore(accountsSelectors.list)
  const variables = ['email', ...content.variables.filter((v) => v !== 'email')]
  if (campaign.unsubscribe.url || campaign.unsubscribe.mailto) variables.push('unsubscribeUrl')

  return (
    <Stack>
      <Group grow align="flex-start">
        <Select
          label={t('campaigns.message.account')}
          description={
            campaign.accountIds.length > 1
              ? t('campaigns.message.accountHintMany', { total: campaign.accountIds.length })
              : t('campaigns.message.accountHint')
          }
          value={String(campaign.accountId)}
          allowDeselect={false}
          data={accounts.map((a) => ({
            value: String(a.id),
            label: a.builtin
              ? `${accountName(a, t)} — ${t('campaigns.message.testInbox')}`
              : a.name,
          }))}
          onChange={(v) =>
            v && draftEdited(campaign.id, { accountIds: withFirst(campaign, Number(v)) })
          }
          data-testid="campaign-account"
        />
        <Stack gap="sm">
          <TextInput
            ref={subject}
            label={t('campaigns.message.subject')}
            description={t('campaigns.message.subjectHint', { name: '{{name}}' })}
            value={campaign.subject}
            onChange={(e) => draftEdited(campaign.id, { subject: e.currentTarget.value })}
            error={campaign.subject.trim() === '' ? t('campaigns.message.subjectEmpty') : undefined}
            data-testid="campaign-subject"
          />
          <PreheaderInput campaign={campaign} />
        </Stack>
      </Group>
      <Stack gap={6}>
        {content.design ? (
          <VisualLetter
            campaignId={campaign.id}
            content={content}
            design={content.design}
            variables={variables}
          />
        ) : (
          <HtmlLetter
            ref={editor}
            campaignId={campaign.id}
            html={content.html}
            variables={variables}
          />
        )}
        <Group justify="flex-end">
          <SaveAsTemplate campaignId={campaign.id} name={campaign.name} />
        </Group>
      </Stack>
      <ImagesPanel
        campaignId={campaign.id}
        images={content.images}
        onInsert={content.design ? undefined : (tag) => editor.current?.insert(tag)}
      />
      <UnsubscribePanel
        campaign={campaign}
        onInsert={content.design ? undefined : (tag) => editor.current?.insert(tag)}
      />
      <LinkTaggingPanel campaign={campaign} />
      <AttachmentsPanel campaignId={campaign.id} attachments={content.attachments} />
      <TextPart campaignId={campaign.id} content={content} />
    </Stack>
  )
}

/**
 * The accounts with this one first: an account already among them moves to the front, another
 * takes the first one's place.
 */
function withFirst(campaign: CampaignView, id: number): number[] {
  const ids = campaign.accountIds.length > 0 ? campaign.accountIds : [campaign.accountId]
  return ids.includes(id) ? [id, ...ids.filter((other) => other !== id)] : [id, ...ids.slice(1)]
}
