/** What the campaign page draws besides the progress: sends per minute and the state changes. */
import type { CampaignActivity } from '@shared/contract'
import { selectCampaignTimeline, selectOutcomesPerMinute } from './db/activity'
import type { Db } from './db/open'
import { paramsOf } from './log/logEntries'

export function campaignActivity(db: Db, campaignId: number): CampaignActivity {
  return {
    perMinute: selectOutcomesPerMinute(db, campaignId),
    timeline: selectCampaignTimeline(db, campaignId).map((e) => ({
      ...e,
      params: paramsOf(e.params),
    })),
  }
}
