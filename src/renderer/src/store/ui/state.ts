import type { RootState } from '../store'

export type Screen = 'overview' | 'about'

export interface UiSlice {
  screen: Screen
}

export const uiInitial: UiSlice = { screen: 'overview' }

export const uiSelectors = {
  screen: (s: RootState) => s.ui.screen,
}
