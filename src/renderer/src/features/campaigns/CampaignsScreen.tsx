import { useEffect } from 'react'
import { campaignsRequested } from '../../store/campaigns/actions'
import { useStore } from '../../store/store'
import { uiSelectors } from '../../store/ui/state'
import { CampaignList } from './CampaignList'
import { CampaignPage } from './CampaignPage'

export function CampaignsScreen() {
  const campaignId = useStore(uiSelectors.campaignId)
  useEffect(() => {
    void campaignsRequested()
  }, [])
  return campaignId === null ? <CampaignList /> : <CampaignPage id={campaignId} />
}
