import type { z } from 'zod'
import type { AppScreen } from '../../../../shared/contract'
import type { RootState } from '../store'

/** The window's screens: one list, the contract's (the desktop shell can open them too). */
export type Screen = z.output<typeof AppScreen>

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
