import type { z } from 'zod'
import type { Campaign } from '../../../../shared/contract'
import type { RootState } from '../store'

export type CampaignView = z.output<typeof Campaign>

export interface CampaignsSlice {
  /** Newest first; null until the first load. */
  list: CampaignView[] | null
  error: { code: string; message: string } | null
}

export const campaignsInitial: CampaignsSlice = { list: null, error: null }

export const campaignsSelectors = {
  list: (s: RootState) => s.campaigns.list,
  error: (s: RootState) => s.campaigns.error,
  byId: (id: number | null) => (s: RootState) =>
    id === null ? undefined : s.campaigns.list?.find((c) => c.id === id),
}
