import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeOutbox, sampleInfo, sampleSettings } from '../../test/fakeOutbox'
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
    expect(within(section).getAllByRole('switch')).toHaveLength(5)

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

describe('the self-protection settings', () => {
  it('show the stored threshold and save a change of it or of the switch at once', async () => {
    const { invoke, stop } = await openSettings('browser')
    const section = screen.getByTestId('settings-protection')
    expect(section.textContent).toContain('Self-protection')
    const enabled = screen.getByRole('switch', {
      name: /^Pause a campaign when too many addresses are refused for good/,
    })
    const percent = screen.getByRole('textbox', { name: /^Pause above/ })
    expect(enabled).toHaveProperty('checked', true)
    expect(percent).toHaveProperty('value', '5%')

    await userEvent.clear(percent)
    await userEvent.type(percent, '12')
    expect(invoke).toHaveBeenLastCalledWith('settings.update', {
      protection: { enabled: true, permanentFailurePercent: 12 },
    })
    // Out of the engine's range: not saved while typing.
    await userEvent.type(percent, '0')
    expect(invoke).toHaveBeenLastCalledWith('settings.update', {
      protection: { enabled: true, permanentFailurePercent: 12 },
    })

    await userEvent.click(enabled)
    expect(invoke).toHaveBeenLastCalledWith('settings.update', {
      protection: { enabled: false, permanentFailurePercent: 12 },
    })
    expect(screen.getByRole('textbox', { name: /^Pause above/ })).toHaveProperty('disabled', true)
    stop()
  })

  it('are worded in Russian', async () => {
    const { stop } = await openScreen(
      'settings',
      fakeOutbox({ 'settings.get': ok({ ...sampleSettings, language: 'ru' }) }),
      'ru',
    )
    await act(async () => {
      await settingsRequested()
    })
    expect(screen.getByTestId('settings-protection').textContent).toContain('Самозащита')
    expect(
      screen.getByRole('switch', { name: /^Приостанавливать рассылку, когда слишком много/ }),
    ).toHaveProperty('checked', true)
    stop()
  })
})

describe('reading mailboxes', () => {
  it('shows the interval in minutes and the soft-bounce rule, each saved at once', async () => {
    const { invoke, stop } = await openSettings('browser')
    const section = screen.getByTestId('settings-mailbox')
    expect(section.textContent).toContain('Reading mailboxes')
    const poll = within(section).getByRole('textbox', { name: /^Read every/ }) as HTMLInputElement
    expect(poll.value).toBe('1')
    await userEvent.click(within(section).getByText('seconds'))
    const seconds = within(section).getByRole('textbox', { name: /^Read every/ })
    await userEvent.clear(seconds)
    await userEvent.type(seconds, '90')
    expect(invoke).toHaveBeenCalledWith('settings.update', {
      mailbox: { pollSeconds: 90, softBounceCampaigns: 3 },
    })
    const soft = within(section).getByRole('textbox', { name: /^Treat as a hard bounce/ })
    await userEvent.clear(soft)
    await userEvent.type(soft, '5')
    expect(invoke).toHaveBeenLastCalledWith('settings.update', {
      mailbox: { pollSeconds: 90, softBounceCampaigns: 5 },
    })
    stop()
  })
})
