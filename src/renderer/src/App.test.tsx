import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { beforeEach, describe, expect, it } from 'vitest'
import { App } from './App'
import { setOutboxClient } from './client'
import { startEventBridge } from './eventBridge'
import { initI18n } from './i18n'
import { appInfoRequested } from './store/app/actions'
import { settingsRequested } from './store/settings/actions'
import { initialState, useStore } from './store/store'
import { fakeOutbox, sampleInfo, sampleSettings } from './test/fakeOutbox'

async function openApp(outbox = fakeOutbox()) {
  useStore.setState(initialState())
  await initI18n('en')
  setOutboxClient(outbox.client)
  const stop = startEventBridge(outbox.client)
  await act(async () => {
    await Promise.all([appInfoRequested(), settingsRequested()])
  })
  render(<App />)
  return { ...outbox, stop }
}

beforeEach(() => useStore.setState(initialState()))

describe('the window', () => {
  it('shows app.info on the About screen', async () => {
    const { stop } = await openApp()
    await userEvent.click(screen.getByTestId('nav-about'))
    expect(screen.getByTestId('about-version').textContent).toBe(sampleInfo.version)
    expect(screen.getByTestId('about-host').textContent).toBe('Browser (local host)')
    expect(screen.getByTestId('about-data-dir').textContent).toContain(sampleInfo.dataDir)
    stop()
  })

  it('explains a refused token instead of showing empty fields', async () => {
    const { stop } = await openApp(
      fakeOutbox({
        'app.info': () => ({ ok: false, error: { code: 'unauthorized', message: 'no token' } }),
      }),
    )
    await userEvent.click(screen.getByTestId('nav-about'))
    expect(screen.getByTestId('about-error').textContent).toContain('no access key')
    stop()
  })

  it('turns the live indicator on when a heartbeat arrives and counts beats', async () => {
    const { emit, stop } = await openApp()
    await userEvent.click(screen.getByTestId('nav-about'))
    const indicator = screen.getAllByTestId('live-indicator')[0]!
    expect(indicator.dataset.state).toBe('connecting')
    act(() => emit({ name: 'engine.heartbeat', payload: { seq: 0, at: 0, uptimeMs: 65_000 } }))
    act(() => emit({ name: 'engine.heartbeat', payload: { seq: 1, at: 1, uptimeMs: 66_000 } }))
    expect(indicator.dataset.state).toBe('live')
    expect(indicator.textContent).toBe('Engine running')
    expect(screen.getByTestId('beats-received').textContent).toBe('2')
    expect(screen.getByText('0:01:06')).toBeTruthy()
    stop()
  })

  it('switches to Russian, saves the choice in the engine, and follows changes from elsewhere', async () => {
    const { invoke, emit, stop } = await openApp()
    expect(screen.getByTestId('nav-label-about').textContent).toBe('About')
    await userEvent.click(screen.getByText('Русский'))
    await waitFor(() =>
      expect(screen.getByTestId('nav-label-about').textContent).toBe('О программе'),
    )
    expect(invoke).toHaveBeenCalledWith('settings.update', { language: 'ru' })
    expect(document.documentElement.lang).toBe('ru')

    act(() => emit({ name: 'settings.changed', payload: { ...sampleSettings, language: 'en' } }))
    await waitFor(() => expect(screen.getByTestId('nav-label-about').textContent).toBe('About'))
    stop()
  })

  it('switches to the dark theme from Settings and keeps the choice in the engine', async () => {
    const { invoke, stop } = await openApp()
    await userEvent.click(screen.getByTestId('nav-settings'))
    await userEvent.click(screen.getByText('Dark'))
    expect(invoke).toHaveBeenCalledWith('settings.update', { theme: 'dark' })
    await waitFor(() =>
      expect(document.documentElement.getAttribute('data-mantine-color-scheme')).toBe('dark'),
    )
    stop()
  })

  it('opens screens with Ctrl + a number, as the navigation shows', async () => {
    const { stop } = await openApp()
    await userEvent.keyboard('{Control>}3{/Control}')
    expect(screen.getByTestId('nav-accounts').getAttribute('data-active')).toBe('true')
    await userEvent.keyboard('{Control>}1{/Control}')
    expect(screen.getByTestId('nav-campaigns').getAttribute('data-active')).toBe('true')
    stop()
  })
})
