/**
 * The window's one zustand store, in slices. Components read it through each slice's named
 * selectors; it changes only through the module-level actions in each slice's actions.ts,
 * which the event bridge and the screens call.
 */
import { create } from 'zustand'
import { systemLanguage } from '../i18n'
import { appInitial, type AppSlice } from './app/state'
import { campaignsInitial, type CampaignsSlice } from './campaigns/state'
import { draftInitial, type DraftSlice } from './draft/state'
import { engineInitial, type EngineSlice } from './engine/state'
import { settingsInitial, type SettingsSlice } from './settings/state'
import { uiInitial, type UiSlice } from './ui/state'

export interface RootState {
  app: AppSlice
  campaigns: CampaignsSlice
  draft: DraftSlice
  engine: EngineSlice
  settings: SettingsSlice
  ui: UiSlice
}

export const initialState = (): RootState => ({
  app: appInitial,
  campaigns: campaignsInitial,
  draft: draftInitial,
  engine: engineInitial,
  settings: settingsInitial(systemLanguage()),
  ui: uiInitial,
})

export const useStore = create<RootState>()(initialState)
