import { outbox } from '../../client'
import { useStore } from '../store'
import { recallPlace, rememberPlace } from './remember'
import type { Screen } from './state'

/** From the navigation: a screen opens on its first page (the campaign list, for campaigns). */
export function screenOpened(screen: Screen): void {
  useStore.setState({ ui: { screen, campaignId: null } })
  rememberPlace({ screen, campaignId: null })
}

export function campaignOpened(campaignId: number | null): void {
  useStore.setState({ ui: { screen: 'campaigns', campaignId } })
  rememberPlace({ screen: 'campaigns', campaignId })
}

/** At start-up: back to the last screen, and to the last campaign if it still exists. */
export async function placeRestored(): Promise<void> {
  const place = recallPlace()
  if (!place) return
  useStore.setState({ ui: { screen: place.screen, campaignId: null } })
  if (place.campaignId === null) return
  try {
    await outbox().campaigns.get({ id: place.campaignId })
  } catch {
    return // deleted since: the list it is
  }
  // The user may have moved on while the campaign was looked up.
  if (useStore.getState().ui.screen === 'campaigns' && useStore.getState().ui.campaignId === null) {
    useStore.setState({ ui: { screen: 'campaigns', campaignId: place.campaignId } })
  }
}
