import type { Settings } from '@shared/contract'
import type { CommandInput } from '@shared/types'
import { outbox } from '../../client'
import { applyLanguage, systemLanguage } from '../../i18n'
import { useStore } from '../store'
import type { Language } from './state'

/** From settings.get at start-up and from the settings.changed event. */
export function settingsReceived(stored: Settings): void {
  const language = stored.language ?? systemLanguage()
  useStore.setState({ settings: { stored, language } })
  applyLanguage(language)
}

export async function settingsRequested(): Promise<void> {
  settingsReceived(await outbox().settings.get())
}

/** Any other setting: saved at once; the settings.changed event brings it back to every window. */
export async function settingsChanged(
  patch: Omit<CommandInput<'settings.update'>, 'language'>,
): Promise<void> {
  settingsReceived(await outbox().settings.update(patch))
}

export async function languageChosen(language: Language): Promise<void> {
  // Switch at once; the engine's settings.changed event confirms it (and tells other windows).
  useStore.setState((s) => ({ settings: { ...s.settings, language } }))
  applyLanguage(language)
  settingsReceived(await outbox().settings.update({ language }))
}
