import type { CampaignView } from '../../store/campaigns/state'

export type StatusFilter = CampaignView['status'] | 'all'

/** The list as the search box and the status filter narrow it; the order stays newest first. */
export function filterCampaigns(
  list: readonly CampaignView[],
  search: string,
  status: StatusFilter,
): CampaignView[] {
  const needle = search.trim().toLocaleLowerCase()
  return list.filter(
    (c) =>
      (status === 'all' || c.status === status) &&
      (!needle ||
        c.name.toLocaleLowerCase().includes(needle) ||
        c.subject.toLocaleLowerCase().includes(needle)),
  )
}
