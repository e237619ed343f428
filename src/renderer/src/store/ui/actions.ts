import { useStore } from '../store'
import type { Screen } from './state'

/** From the navigation: a screen opens on its first page (the campaign list, for campaigns). */
export function screenOpened(screen: Screen): void {
  useStore.setState({ ui: { screen, campaignId: null } })
}

export function campaignOpened(campaignId: number | null): void {
  useStore.setState({ ui: { screen: 'campaigns', campaignId } })
}
