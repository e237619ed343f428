import { Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Preheader } from '@shared/contract'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftEdited } from '@renderer/store/draft/actions'

/** Beyond this many characters most inboxes cut the line; below the lower bound it says little. */
const SHOWS_WELL = { min: 40, max: 130 }
const MAX_LENGTH = Preheader.maxLength ?? 500

/** The preheader: the line the inbox shows after the subject, with its length against what shows. */
export function PreheaderInput({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation()
  const count = campaign.preheader.length
  const outside = count > 0 && (count < SHOWS_WELL.min || count > SHOWS_WELL.max)
  return (
    <TextInput
      label={t('campaigns.message.preheader')}
      description={
        <>
          {t('campaigns.message.preheaderHint', { name: '{{name}}' })}{' '}
          {/* Weight, not colour, marks a length outside the range: the dimmed text keeps its contrast. */}
          <Text span inherit fw={outside ? 600 : undefined} data-testid="preheader-count">
            {t('campaigns.message.preheaderCount', { count, ...SHOWS_WELL })}
          </Text>
        </>
      }
      placeholder={t('campaigns.message.preheaderPlaceholder')}
      value={campaign.preheader}
      maxLength={MAX_LENGTH}
      onChange={(e) => draftEdited(campaign.id, { preheader: e.currentTarget.value })}
      data-testid="campaign-preheader"
    />
  )
}
