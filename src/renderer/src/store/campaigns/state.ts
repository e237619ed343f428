import type { Campaign } from '@shared/contract'

export type CampaignView = Campaign

export interface CampaignsSlice {
  /** Newest first; null until the first load. */
  list: CampaignView[] | null
  error: { code: string; message: string } | null
}

/** What the selectors read: the slice alone, so the slice never imports the store. */
type Reads = { campaigns: CampaignsSlice }

export const campaignsInitial: CampaignsSlice = { list: null, error: null }

export const campaignsSelectors = {
  list: (s: Reads) => s.campaigns.list,
  error: (s: Reads) => s.campaigns.error,
  byId: (id: number | null) => (s: Reads) =>
    id === null ? undefined : s.campaigns.list?.find((c) => c.id === id),
}
