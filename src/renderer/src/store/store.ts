/**
 * The window's one zustand store, in slices. Components read it through each slice's named
 * selectors; it changes only through the module-level actions in each slice's actions.ts,
 * which the event bridge and the screens call.
 */
import { create } from 'zustand'
import { systemLanguage } from '../i18n'
import { accountsInitial, type AccountsSlice } from './accounts/state'
import { appInitial, type AppSlice } from './app/state'
import { campaignsInitial, type CampaignsSlice } from './campaigns/state'
import { draftInitial, type DraftSlice } from './draft/state'
import { engineInitial, type EngineSlice } from './engine/state'
import { inboxInitial, type InboxSlice } from './inbox/state'
import { sendingInitial, type SendingSlice } from './sending/state'
import { settingsInitial, type SettingsSlice } from './settings/state'
import { suppressionsInitial, type SuppressionsSlice } from './suppressions/state'
import { uiInitial, type UiSlice } from './ui/state'

export interface RootState {
  accounts: AccountsSlice
  app: AppSlice
  campaigns: CampaignsSlice
  draft: DraftSlice
  engine: EngineSlice
  inbox: InboxSlice
  sending: SendingSlice
  settings: SettingsSlice
  suppressions: SuppressionsSlice
  ui: UiSlice
}

export const initialState = (): RootState => ({
  accounts: accountsInitial,
  app: appInitial,
  campaigns: campaignsInitial,
  draft: draftInitial,
  engine: engineInitial,
  inbox: inboxInitial,
  sending: sendingInitial,
  settings: settingsInitial(systemLanguage()),
  suppressions: suppressionsInitial,
  ui: uiInitial,
})

export const useStore = create<RootState>()(initialState)
