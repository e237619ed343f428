import { Anchor, Loader, Stack } from '@mantine/core'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { outbox } from '../../client'
import { campaignReceived } from '../../store/campaigns/actions'
import { campaignsSelectors } from '../../store/campaigns/state'
import { useStore } from '../../store/store'
import { campaignOpened } from '../../store/ui/actions'
import { CampaignMonitor } from './monitor/CampaignMonitor'
import { DraftEditor } from './editor/DraftEditor'
import { ScheduledCampaign } from './schedule/ScheduledCampaign'

/** A draft opens in the editor, a scheduled campaign on its schedule; anything started, on its progress page. */
export function CampaignPage({ id }: { id: number }) {
  const { t } = useTranslation()
  const campaign = useStore(campaignsSelectors.byId(id))
  useEffect(() => {
    outbox()
      .campaigns.get({ id })
      .then(campaignReceived)
      .catch(() => campaignOpened(null))
  }, [id])
  return (
    <Stack gap="xs">
      <Anchor component="button" size="sm" onClick={() => campaignOpened(null)} w="fit-content">
        ← {t('campaigns.backToList')}
      </Anchor>
      {!campaign ? (
        <Loader />
      ) : campaign.status === 'draft' ? (
        <DraftEditor campaign={campaign} />
      ) : campaign.status === 'scheduled' ? (
        <ScheduledCampaign campaign={campaign} />
      ) : (
        <CampaignMonitor campaign={campaign} />
      )}
    </Stack>
  )
}
