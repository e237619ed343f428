import type { RootState } from '../store'

export type Screen =
  'campaigns' | 'inbox' | 'accounts' | 'suppressions' | 'queue' | 'log' | 'settings' | 'about'

export interface UiSlice {
  screen: Screen
  /** The campaign open on the campaigns screen; null shows the list. */
  campaignId: number | null
}

export const uiInitial: UiSlice = { screen: 'campaigns', campaignId: null }

export const uiSelectors = {
  screen: (s: RootState) => s.ui.screen,
  campaignId: (s: RootState) => s.ui.campaignId,
}
