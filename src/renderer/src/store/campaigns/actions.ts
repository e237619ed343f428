import type { EventPayload } from '@shared/types'
import { outbox } from '../../client'
import { errorOf } from '../errorOf'
import { useStore } from '../store'
import type { CampaignView } from './state'

export async function campaignsRequested(): Promise<void> {
  try {
    const list = await outbox().campaigns.list()
    useStore.setState({ campaigns: { list, error: null } })
  } catch (error) {
    useStore.setState((s) => ({ campaigns: { ...s.campaigns, error: errorOf(error) } }))
  }
}

/** A command answered with a fresh copy of one campaign: put it in the list. */
export function campaignReceived(campaign: CampaignView): void {
  useStore.setState((s) => {
    const list = s.campaigns.list ?? []
    const known = list.some((c) => c.id === campaign.id)
    return {
      campaigns: {
        ...s.campaigns,
        list: known ? list.map((c) => (c.id === campaign.id ? campaign : c)) : [campaign, ...list],
      },
    }
  })
}

export function campaignRemoved(id: number): void {
  useStore.setState((s) => ({
    campaigns: { ...s.campaigns, list: s.campaigns.list?.filter((c) => c.id !== id) ?? null },
  }))
}

/** The engine's campaign.progress event: counts and status change in place. */
export function progressReceived(progress: EventPayload<'campaign.progress'>): void {
  const list = useStore.getState().campaigns.list
  const campaign = list?.find((c) => c.id === progress.campaignId)
  if (!campaign) {
    // A campaign this window has not seen (created elsewhere): load the list again.
    if (list) void campaignsRequested()
    return
  }
  const statusChanged = campaign.status !== progress.status
  campaignReceived({ ...campaign, status: progress.status, progress })
  // Timestamps and the reason of a pause come with the campaign, not the progress.
  if (statusChanged) {
    outbox()
      .campaigns.get({ id: campaign.id })
      .then(campaignReceived)
      .catch(() => {})
  }
}
