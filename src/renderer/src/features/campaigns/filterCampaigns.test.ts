import { describe, expect, it } from 'vitest'
import type { CampaignView } from '../../store/campaigns/state'
import { filterCampaigns } from './filterCampaigns'

const c = (id: number, name: string, subject: string, status: CampaignView['status']) =>
  ({ id, name, subject, status }) as CampaignView

describe('filtering the campaign list', () => {
  const list = [
    c(3, 'Весенняя распродажа', 'Скидки', 'sending'),
    c(2, 'Newsletter', 'May news', 'completed'),
    c(1, 'Draft', 'Hello {{name}}', 'draft'),
  ]
  it('matches name or subject, in any case, within a status', () => {
    expect(filterCampaigns(list, 'ВЕСЕН', 'all').map((x) => x.id)).toEqual([3])
    expect(filterCampaigns(list, 'news', 'all').map((x) => x.id)).toEqual([2])
    expect(filterCampaigns(list, '', 'draft').map((x) => x.id)).toEqual([1])
    expect(filterCampaigns(list, 'news', 'draft')).toEqual([])
    expect(filterCampaigns(list, '  ', 'all')).toHaveLength(3)
  })
})
