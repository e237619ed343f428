import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeOutbox, sampleInfo } from '../../test/fakeOutbox'
import { ok, openScreen } from '../../test/openScreen'
import { appInfoRequested } from '../../store/app/actions'
import { settingsRequested } from '../../store/settings/actions'
import { act } from 'react'

async function openSettings(host: 'electron' | 'browser', platform = 'win32') {
  const opened = await openScreen(
    'settings',
    fakeOutbox({ 'app.info': ok({ ...sampleInfo, host, platform }) }),
  )
  await act(async () => {
    await appInfoRequested()
    await settingsRequested()
  })
  return opened
}

describe('the desktop app settings', () => {
  it('are not shown in the browser host', async () => {
    const { stop } = await openSettings('browser')
    expect(screen.getByTestId('settings-data-dir')).toBeTruthy() // the screen is loaded
    expect(screen.queryByTestId('settings-desktop')).toBeNull()
    stop()
  })

  it('show five switches with the stored values, each saved at once', async () => {
    const { invoke, stop } = await openSettings('electron')
    const section = screen.getByTestId('settings-desktop')
    expect(section.textContent).toContain('Desktop app')
    const keepAwake = screen.getByRole('switch', { name: /^Keep the computer awake while sending/ })
    const atLogin = screen.getByRole('switch', { name: /^Start Outbox when I log in/ })
    expect(keepAwake).toHaveProperty('checked', true)
    expect(atLogin).toHaveProperty('checked', false)
    expect(screen.getAllByRole('switch')).toHaveLength(5)

    await userEvent.click(atLogin)
    expect(invoke).toHaveBeenCalledWith('settings.update', {
      desktop: expect.objectContaining({ startAtLogin: true, keepAwake: true }),
    })
    expect(screen.getByRole('switch', { name: /^Start Outbox when I log in/ })).toHaveProperty(
      'checked',
      true,
    )
    await userEvent.click(
      screen.getByRole('switch', { name: /^Tell me when a campaign pauses by itself/ }),
    )
    expect(invoke).toHaveBeenLastCalledWith('settings.update', {
      desktop: expect.objectContaining({ startAtLogin: true, notifyPaused: false }),
    })
    stop()
  })

  it('say that start at login is not available where the system has no way to do it', async () => {
    const { stop } = await openSettings('electron', 'freebsd')
    const atLogin = screen.getByRole('switch', { name: /^Start Outbox when I log in/ })
    expect(atLogin).toHaveProperty('disabled', true)
    expect(screen.getByTestId('settings-desktop').textContent).toContain(
      'Not available on this system',
    )
    stop()
  })
})
