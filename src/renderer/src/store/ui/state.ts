import type { AppScreen } from '@shared/contract'

/** The window's screens: one list, the contract's (the desktop shell can open them too). */
export type Screen = AppScreen

export interface UiSlice {
  screen: Screen
  /** The campaign open on the campaigns screen; null shows the list. */
  campaignId: number | null
}

/** What the selectors read: the slice alone, so the slice never imports the store. */
type Reads = { ui: UiSlice }

export const uiInitial: UiSlice = { screen: 'campaigns', campaignId: null }

export const uiSelectors = {
  screen: (s: Reads) => s.ui.screen,
  campaignId: (s: Reads) => s.ui.campaignId,
}
