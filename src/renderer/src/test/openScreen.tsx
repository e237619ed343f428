/** Renders the whole window on one screen, over a fake host with scripted replies. */
import { act, render } from '@testing-library/react'
import { App } from '../App'
import { setOutboxClient } from '../client'
import { startEventBridge } from '../eventBridge'
import { initI18n } from '../i18n'
import { screenOpened } from '../store/ui/actions'
import type { Screen } from '../store/ui/state'
import { initialState, useStore } from '../store/store'
import { fakeOutbox } from './fakeOutbox'
import type { Language } from '@shared/contract'

/** In English unless asked; a test in Russian leaves none of its language to the next. */
export async function openScreen(screen: Screen, outbox = fakeOutbox(), language: Language = 'en') {
  useStore.setState(initialState())
  const i18n = await initI18n(language)
  await i18n.changeLanguage(language)
  setOutboxClient(outbox.client)
  const stop = startEventBridge(outbox.client)
  screenOpened(screen)
  await act(async () => {
    render(<App />)
  })
  return { ...outbox, stop }
}

/** A reply the fake host gives: the value, or the engine's error. */
export const ok = (value: unknown) => () => ({ ok: true as const, value })
export const fail = (code: string, message: string, details?: unknown) => () => ({
  ok: false as const,
  error: { code, message, details } as never,
})
