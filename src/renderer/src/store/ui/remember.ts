/**
 * The window reopens where it was: the last screen and open campaign, kept in localStorage.
 * Only what still makes sense is restored (a known screen; a campaign that still exists).
 */
import { AppScreen } from '@shared/contract'
import type { Screen } from './state'

const KEY = 'outbox.lastPlace'

export interface Place {
  screen: Screen
  campaignId: number | null
}

export function rememberPlace(
  place: Place,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(KEY, JSON.stringify(place))
  } catch {
    // Storage full or refused: the window simply opens on the campaigns next time.
  }
}

/** The remembered place if it is well formed; null otherwise. */
export function recallPlace(storage: Storage | undefined = globalThis.localStorage): Place | null {
  try {
    const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null')
    if (!raw || typeof raw !== 'object') return null
    const { screen, campaignId } = raw as Record<string, unknown>
    const known = AppScreen.safeParse(screen)
    if (!known.success) return null
    const id =
      Number.isSafeInteger(campaignId) && screen === 'campaigns' ? (campaignId as number) : null
    return { screen: known.data, campaignId: id }
  } catch {
    return null
  }
}
