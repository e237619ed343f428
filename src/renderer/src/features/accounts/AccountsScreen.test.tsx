import { MantineProvider } from '@mantine/core'
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sampleAccount, testInboxAccount } from '../../test/accounts'
import { fakeOutbox } from '../../test/fakeOutbox'
import { fail, ok, openScreen } from '../../test/openScreen'
import { localTimeZone } from '@shared/sending/timeZone'
import { setOutboxClient } from '@renderer/client'
import { zoneName } from '@renderer/format/zoneName'
import { initI18n } from '@renderer/i18n'
import type { Account } from '@renderer/store/accounts/state'
import { AccountForm } from './AccountForm'

// Whole forms typed key by key in jsdom: one test takes about 5 s alone on a loaded machine.
vi.setConfig({ testTimeout: 20_000 })

const accounts = [testInboxAccount, sampleAccount()]

/** What the form sent with `channel` (accounts.create or accounts.update). */
const sentWith = (invoke: ReturnType<typeof fakeOutbox>['invoke'], channel: string) =>
  invoke.mock.calls.find(([c]) => c === channel)![1] as Record<string, unknown>

/** Picks a zone in the picker labelled `label` by typing part of its name. */
async function chooseZone(form: HTMLElement, label: RegExp, search: string, option: string) {
  const picker = within(form).getByRole('combobox', { name: label })
  await userEvent.clear(picker)
  await userEvent.type(picker, search)
  await userEvent.click(await screen.findByRole('option', { name: option }))
}

/** The account form on its own, as the screen's dialog holds it. */
async function openForm(saved: Account, replies: Parameters<typeof fakeOutbox>[0]) {
  const i18n = await initI18n('en')
  await i18n.changeLanguage('en')
  const outbox = fakeOutbox(replies)
  setOutboxClient(outbox.client)
  await act(async () => {
    render(
      <MantineProvider env="test">
        <AccountForm saved={saved} onDone={() => {}} />
      </MantineProvider>,
    )
  })
  return outbox
}

/** Fills what a new account needs, so that the form can be sent. */
async function fillNewAccount(form: HTMLElement) {
  await userEvent.type(within(form).getByRole('textbox', { name: /^Name/ }), 'Shop')
  await userEvent.type(within(form).getByRole('textbox', { name: /^Server/ }), 'smtp.shop.test')
  await userEvent.type(
    within(form).getByRole('textbox', { name: /^Sender address/ }),
    'a@shop.test',
  )
}

async function openAccounts(
  replies: Parameters<typeof fakeOutbox>[0] = {},
  language: 'en' | 'ru' = 'en',
) {
  const opened = await openScreen(
    'accounts',
    fakeOutbox({ 'accounts.list': ok(accounts), ...replies }),
    language,
  )
  await screen.findByTestId('account-row-2')
  return opened
}

describe('the SMTP accounts screen', () => {
  it('lists accounts with server, caps and usage; the test inbox is explained and not editable', async () => {
    const { stop } = await openAccounts()
    const builtin = screen.getByTestId('account-row-1')
    expect(builtin.textContent).toContain('sends nothing out')
    expect(within(builtin).queryByRole('button')).toBeNull()
    const row = screen.getByTestId('account-row-2')
    expect(row.textContent).toContain('smtp.example.com:587 · STARTTLS')
    expect(row.textContent).toContain('last hour: 12 of 500')
    expect(row.textContent).toContain('Signed for example.com')
    stop()
  })

  it('saves an edit that keeps the password and the DKIM key', async () => {
    const { invoke, stop } = await openAccounts({ 'accounts.update': ok(sampleAccount()) })
    await userEvent.click(screen.getByTestId('account-edit-2'))
    const form = await screen.findByTestId('account-form')
    expect(within(form).getByLabelText('Password').getAttribute('placeholder')).toBe(
      'Saved — leave empty to keep',
    )
    await userEvent.click(within(form).getByTestId('account-save'))
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('accounts.update', expect.anything()))
    const sent = invoke.mock.calls.find(([c]) => c === 'accounts.update')![1] as Record<
      string,
      unknown
    >
    expect('password' in sent).toBe(false)
    expect(sent.dkim).toEqual({ domain: 'example.com', selector: 'mail', privateKey: null })
    await waitFor(() => expect(screen.queryByTestId('account-form')).toBeNull())
    stop()
  })

  it('shows the engine’s field errors next to the fields', async () => {
    const { stop } = await openAccounts({
      'accounts.create': fail('invalid_input', 'Invalid input for accounts.create', [
        { code: 'invalid_format', path: ['fromEmail'], message: 'Not a valid email address' },
        { code: 'too_small', origin: 'string', path: ['host'], message: 'Too small' },
      ]),
    })
    await userEvent.click(screen.getByTestId('account-add'))
    const form = await screen.findByTestId('account-form')
    await userEvent.click(within(form).getByTestId('account-save'))
    expect(await within(form).findByText('Not a valid email address')).toBeTruthy()
    expect(within(form).getByText('Fill this in')).toBeTruthy()
    expect(within(form).getByTestId('account-form-error').textContent).toContain('Some fields')
    stop()
  })

  it('suggests the usual port when the security changes', async () => {
    const { stop } = await openAccounts()
    await userEvent.click(screen.getByTestId('account-add'))
    const form = await screen.findByTestId('account-form')
    const port = within(form).getByLabelText(/^Port/) as HTMLInputElement
    expect(port.value).toBe('587')
    await userEvent.click(within(form).getByText('TLS'))
    expect(port.value).toBe('465')
    stop()
  })

  it('says in words why the connection test failed, with the server’s reply', async () => {
    const { invoke, stop } = await openAccounts({
      'accounts.testConnection': ok({
        ok: false,
        reason: 'auth',
        step: 'login',
        params: { detail: 'Invalid login: 535 5.7.8 Authentication failed' },
        message: 'Invalid login: 535 5.7.8 Authentication failed',
        code: 535,
        response: '535 5.7.8 Authentication failed',
        elapsedMs: 120,
      }),
    })
    await userEvent.click(screen.getByTestId('account-edit-2'))
    await userEvent.click(await screen.findByTestId('account-test'))
    const result = await screen.findByTestId('account-test-result')
    expect(result.textContent).toContain('did not accept the username or password')
    expect(result.textContent).toContain('535 5.7.8 Authentication failed')
    expect(result.textContent).not.toContain('535 535') // the code in front once
    expect(invoke).toHaveBeenCalledWith(
      'accounts.testConnection',
      expect.objectContaining({ id: 2 }),
    )
    stop()
  })

  it('tells a Russian user in Russian which step failed and why, the system’s words kept', async () => {
    const { stop } = await openAccounts(
      {
        'accounts.testConnection': ok({
          ok: false,
          reason: 'dns',
          step: 'dns',
          params: { detail: 'getaddrinfo ENOTFOUND smtp.example.con' },
          message: 'getaddrinfo ENOTFOUND smtp.example.con',
          code: null,
          response: null,
          elapsedMs: 40,
        }),
      },
      'ru',
    )
    await userEvent.click(screen.getByTestId('account-edit-2'))
    await userEvent.click(await screen.findByTestId('account-test'))
    const result = await screen.findByTestId('account-test-result')
    expect(result.textContent).toContain('Не удался шаг: поиск сервера по имени (DNS).')
    expect(result.textContent).toContain('Сервер с таким именем не найден.')
    expect(result.textContent).toContain('Подробности: getaddrinfo ENOTFOUND smtp.example.con')
    stop()
  })

  it('words a time-out the engine measured itself, without its English sentence', async () => {
    const { stop } = await openAccounts(
      {
        'accounts.testConnection': ok({
          ok: false,
          reason: 'timeout',
          step: 'greeting',
          params: { seconds: 15 },
          message: 'No answer within 15 s',
          code: null,
          response: null,
          elapsedMs: 15_000,
        }),
      },
      'ru',
    )
    await userEvent.click(screen.getByTestId('account-edit-2'))
    await userEvent.click(await screen.findByTestId('account-test'))
    const result = await screen.findByTestId('account-test-result')
    expect(result.textContent).toContain('Не удался шаг: приветствие сервера.')
    expect(result.textContent).toContain('Ответа не было 15 с.')
    expect(result.textContent).not.toContain('No answer')
    stop()
  })

  it('asks before deleting and shows the engine’s conflict when a campaign still uses it', async () => {
    const { stop } = await openAccounts({
      'accounts.delete': fail(
        'conflict',
        'The campaign “Spring sale” still sends from this account',
      ),
    })
    await userEvent.click(screen.getByTestId('account-delete-2'))
    const dialog = await screen.findByTestId('account-delete-dialog')
    await act(() => userEvent.click(within(dialog).getByTestId('account-delete-confirm')))
    const error = await screen.findByTestId('account-delete-error')
    expect(error.textContent).toContain('cannot be deleted yet')
    expect(error.textContent).toContain('Spring sale')
    stop()
  })
})

describe('the account form, by hand', () => {
  it('removes the saved password when asked, and moves to the refused field', async () => {
    const { invoke, stop } = await openAccounts({
      'accounts.update': fail('invalid_input', 'Invalid input for accounts.update', [
        { code: 'too_small', origin: 'string', path: ['name'], message: 'Too small' },
      ]),
    })
    await userEvent.click(screen.getByTestId('account-edit-2'))
    const form = await screen.findByTestId('account-form')
    await userEvent.click(within(form).getByLabelText('Remove the saved password'))
    await userEvent.click(within(form).getByTestId('account-save'))
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('accounts.update', expect.anything()))
    const sent = invoke.mock.calls.find(([c]) => c === 'accounts.update')![1] as Record<
      string,
      unknown
    >
    expect(sent.password).toBeNull()
    const name = within(form).getByRole('textbox', { name: /^Name/ })
    await waitFor(() => expect(document.activeElement).toBe(name))
    await userEvent.type(name, ' 2')
    expect(within(form).queryByText('Fill this in')).toBeNull()
    stop()
  })
})

describe('warm-up', () => {
  const warming = sampleAccount({
    warmup: { startPerDay: 50, targetPerDay: 2000, days: 21, zone: 'Europe/Moscow' },
    warmupToday: { day: 3, allowance: 180, sentToday: 120, nextAllowance: 240, growsAt: 0 },
  })

  it('shows today’s allowance on the card, in English and in Russian', async () => {
    const en = await openAccounts({ 'accounts.list': ok([testInboxAccount, warming]) })
    expect(
      screen.getByTestId('account-row-2').querySelector('[data-testid="account-warmup"]')
        ?.textContent,
    ).toBe('Day 3 of 21: 120 of 180 today; 240 tomorrow')
    expect(screen.getByTestId('account-row-1').textContent).not.toContain('Warm-up')
    en.stop()
    cleanup()
    const ru = await openAccounts({ 'accounts.list': ok([testInboxAccount, warming]) }, 'ru')
    expect(screen.getByTestId('account-row-2').textContent).toContain(
      'День 3 из 21: сегодня 120 из 180; завтра 240',
    )
    ru.stop()
  })

  it('sends the preset picked, and its ramp in one line', async () => {
    const { invoke, stop } = await openAccounts({ 'accounts.update': ok(sampleAccount()) })
    await userEvent.click(screen.getByTestId('account-edit-2'))
    const form = await screen.findByTestId('account-form')
    const choice = within(form).getByLabelText('Warm-up')
    await userEvent.selectOptions(choice, '50 → 1,000 a day over 21 sending days')
    expect(within(form).getByTestId('account-warmup-ramp').textContent).toBe(
      '50 → 1,000 a day over 21 sending days',
    )
    await userEvent.click(within(form).getByTestId('account-save'))
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('accounts.update', expect.anything()))
    const sent = invoke.mock.calls.find(([c]) => c === 'accounts.update')![1] as Record<
      string,
      unknown
    >
    expect(sent.warmup).toMatchObject({ startPerDay: 50, targetPerDay: 1000, days: 21 })
    stop()
  })

  it('sends a custom ramp on a new account, and words a target under the first day', async () => {
    const { invoke, stop } = await openAccounts({
      'accounts.create': fail('invalid_input', 'Invalid input for accounts.create', [
        {
          code: 'custom',
          path: ['warmup', 'targetPerDay'],
          message: 'The target is above the first day’s cap',
        },
      ]),
    })
    await userEvent.click(screen.getByTestId('account-add'))
    const form = await screen.findByTestId('account-form')
    await userEvent.selectOptions(within(form).getByLabelText('Warm-up'), 'Custom…')
    await userEvent.type(within(form).getByLabelText('First day'), '30')
    await userEvent.type(within(form).getByLabelText('Target per day'), '20')
    await userEvent.type(within(form).getByLabelText('Sending days'), '10')
    expect(within(form).getByTestId('account-warmup-ramp').textContent).toBe(
      '30 → 20 a day over 10 sending days',
    )
    await userEvent.click(within(form).getByTestId('account-save'))
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('accounts.create', expect.anything()))
    const sent = invoke.mock.calls.find(([c]) => c === 'accounts.create')![1] as Record<
      string,
      unknown
    >
    expect(sent.warmup).toMatchObject({ startPerDay: 30, targetPerDay: 20, days: 10 })
    expect(await within(form).findByText('Make the target larger than the first day')).toBeTruthy()
    const target = within(form).getByLabelText('Target per day')
    await waitFor(() => expect(document.activeElement).toBe(target))
    stop()
  })
})

describe('default sending hours', () => {
  afterEach(() => vi.unstubAllEnvs())
  const officeInMoscow = {
    days: [1, 2, 3, 4, 5],
    from: '09:00',
    to: '18:00',
    zone: 'Europe/Moscow',
  }

  it('are off for a new account; switched on, office hours on this computer are sent', async () => {
    vi.stubEnv('TZ', 'Europe/Moscow')
    const { invoke, stop } = await openAccounts({ 'accounts.create': ok(sampleAccount()) })
    await userEvent.click(screen.getByTestId('account-add'))
    const form = await screen.findByTestId('account-form')
    const hours = within(form).getByTestId('account-hours')
    expect(within(hours).getByText('Sending hours for new campaigns (optional)')).toBeTruthy()
    expect(within(hours).getByTestId('hours-summary').textContent).toBe('Any day, any time.')
    await act(async () =>
      fireEvent.click(
        within(hours).getByRole('switch', { name: /^Send only within sending hours/ }),
      ),
    )
    await userEvent.click(within(hours).getByRole('checkbox', { name: 'Saturday' }))
    expect(within(hours).getByTestId('hours-summary').textContent).toBe(
      'Mon–Sat 09:00–18:00, Europe/Moscow',
    )
    await fillNewAccount(form)
    await userEvent.click(within(form).getByTestId('account-save'))
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('accounts.create', expect.anything()))
    expect(sentWith(invoke, 'accounts.create').sendingHours).toEqual({
      ...officeInMoscow,
      days: [1, 2, 3, 4, 5, 6],
    })
    stop()
  })

  it('show on the card, come back into the form, and can be switched off', async () => {
    const withHours = sampleAccount({ sendingHours: officeInMoscow })
    const { invoke, stop } = await openAccounts({
      'accounts.list': ok([testInboxAccount, withHours]),
      'accounts.update': ok(sampleAccount()),
    })
    expect(screen.getByTestId('account-row-2').textContent).toContain(
      'Sending hoursWeekdays 09:00–18:00, Europe/Moscow',
    )
    expect(screen.getByTestId('account-row-1').textContent).not.toContain('Sending hours')
    await userEvent.click(screen.getByTestId('account-edit-2'))
    const form = await screen.findByTestId('account-form')
    const hours = within(form).getByTestId('account-hours')
    expect(within(hours).getByTestId('hours-summary').textContent).toBe(
      'Weekdays 09:00–18:00, Europe/Moscow',
    )
    await act(async () =>
      fireEvent.click(
        within(hours).getByRole('switch', { name: /^Send only within sending hours/ }),
      ),
    )
    await userEvent.click(within(form).getByTestId('account-save'))
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('accounts.update', expect.anything()))
    expect(sentWith(invoke, 'accounts.update').sendingHours).toBeNull()
    stop()
  })

  it('say in Russian what the engine refused, next to the part it names', async () => {
    const withHours = sampleAccount({ sendingHours: officeInMoscow })
    const { stop } = await openAccounts(
      {
        'accounts.list': ok([testInboxAccount, withHours]),
        'accounts.update': fail('invalid_input', 'Invalid input for accounts.update', [
          { code: 'custom', path: ['sendingHours', 'to'], message: 'The hours start and end…' },
          { code: 'custom', path: ['sendingHours', 'zone'], message: 'Not a time zone' },
          { code: 'too_big', origin: 'number', path: ['sendingHours', 'days', 0], message: '>7' },
        ]),
      },
      'ru',
    )
    expect(screen.getByTestId('account-row-2').textContent).toContain(
      'Часы отправкиБудни 09:00–18:00, Europe/Moscow',
    )
    await userEvent.click(screen.getByTestId('account-edit-2'))
    const form = await screen.findByTestId('account-form')
    expect(within(form).getByText('Часы отправки для новых рассылок (необязательно)')).toBeTruthy()
    await userEvent.click(within(form).getByTestId('account-save'))
    const hours = within(form).getByTestId('account-hours')
    expect(
      await within(hours).findByText('Часы начинаются и заканчиваются в одно время'),
    ).toBeTruthy()
    expect(within(hours).getByText('Выберите хотя бы один день')).toBeTruthy()
    expect(within(hours).getByText(/^Неизвестный часовой пояс/)).toBeTruthy()
    expect(within(form).getByTestId('account-form-error').textContent).toContain(
      'Некоторые поля заполнены неверно',
    )
    // Editing the hours takes their complaints away.
    await userEvent.click(within(hours).getByRole('checkbox', { name: 'суббота' }))
    expect(within(hours).queryByText('Выберите хотя бы один день')).toBeNull()
    expect(within(hours).queryByText(/^Неизвестный часовой пояс/)).toBeNull()
    stop()
  })
})

describe('the warm-up’s time zone', () => {
  it('is this computer’s for a new ramp, and can be changed with the zone picker', async () => {
    // The form alone, in Mantine's test mode: the whole window's pickers open no list in jsdom.
    const { invoke } = await openForm(sampleAccount(), { 'accounts.update': ok(sampleAccount()) })
    const form = screen.getByTestId('account-form')
    const label = /^Time zone of the warm-up days/
    expect(within(form).queryByRole('combobox', { name: label })).toBeNull()
    await userEvent.selectOptions(
      within(form).getByLabelText('Warm-up'),
      '50 → 1,000 a day over 21 sending days',
    )
    const picker = within(form).getByRole('combobox', { name: label }) as HTMLInputElement
    expect(picker.value).toContain(zoneName(localTimeZone()))
    expect(
      within(form).getByText('Each day’s allowance begins at midnight in this zone.'),
    ).toBeTruthy()
    await chooseZone(form, label, 'tokyo', 'Asia/Tokyo (UTC+09:00)')
    await userEvent.click(within(form).getByTestId('account-save'))
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('accounts.update', expect.anything()))
    expect(sentWith(invoke, 'accounts.update').warmup).toEqual({
      startPerDay: 50,
      targetPerDay: 1000,
      days: 21,
      zone: 'Asia/Tokyo',
    })
  })

  it('shows a saved zone, in Russian, and the engine’s complaint about it', async () => {
    const warming = sampleAccount({
      warmup: { startPerDay: 50, targetPerDay: 1000, days: 21, zone: 'America/New_York' },
    })
    const { stop } = await openAccounts(
      {
        'accounts.list': ok([testInboxAccount, warming]),
        'accounts.update': fail('invalid_input', 'Invalid input for accounts.update', [
          { code: 'custom', path: ['warmup', 'zone'], message: 'Not a time zone' },
        ]),
      },
      'ru',
    )
    await userEvent.click(screen.getByTestId('account-edit-2'))
    const form = await screen.findByTestId('account-form')
    const picker = within(form).getByRole('combobox', {
      name: /^Часовой пояс прогрева/,
    }) as HTMLInputElement
    expect(picker.value).toMatch(/^America\/New York \(UTC-0[45]:00\)/)
    expect(
      within(form).getByText('Дневной лимит обновляется в полночь по этому часовому поясу.'),
    ).toBeTruthy()
    await userEvent.click(within(form).getByTestId('account-save'))
    expect(await within(form).findByText(/^Неизвестный часовой пояс/)).toBeTruthy()
    await waitFor(() => expect(document.activeElement).toBe(picker))
    stop()
  })
})
