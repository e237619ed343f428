/** The account form's mailbox (IMAP) part: off or on in what is saved, and its connection test. */
import { MantineProvider } from '@mantine/core'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Language, MailboxTestResult } from '@shared/contract'
import { setOutboxClient } from '@renderer/client'
import { initI18n } from '@renderer/i18n'
import type { Account } from '@renderer/store/accounts/state'
import { sampleAccount } from '@renderer/test/accounts'
import { fakeOutbox } from '@renderer/test/fakeOutbox'
import { sampleMailbox } from '@renderer/test/mailbox'
import { ok } from '@renderer/test/openScreen'
import { AccountForm } from './AccountForm'

async function openForm(
  saved: Account | null,
  replies: Parameters<typeof fakeOutbox>[0] = {},
  language: Language = 'en',
) {
  const i18n = await initI18n(language)
  await i18n.changeLanguage(language)
  const outbox = fakeOutbox({
    'accounts.list': ok([]),
    'accounts.create': ok(sampleAccount()),
    'accounts.update': ok(sampleAccount()),
    ...replies,
  })
  setOutboxClient(outbox.client)
  await act(async () => {
    render(
      <MantineProvider env="test">
        <AccountForm saved={saved} onDone={() => {}} />
      </MantineProvider>,
    )
  })
  return { ...outbox, form: screen.getByTestId('account-form') }
}

const typeInto = (field: HTMLElement, value: string) =>
  fireEvent.change(field, { target: { value } })

/** What a new account needs, so that the form can be sent. */
function fillNewAccount(form: HTMLElement) {
  typeInto(within(form).getByRole('textbox', { name: /^Name/ }), 'Shop')
  typeInto(within(form).getByRole('textbox', { name: /^Server/ }), 'smtp.shop.test')
  typeInto(within(form).getByRole('textbox', { name: /^Sender address/ }), 'a@shop.test')
}

async function sent(invoke: ReturnType<typeof fakeOutbox>['invoke'], channel: string) {
  await waitFor(() => expect(invoke).toHaveBeenCalledWith(channel, expect.anything()))
  return invoke.mock.calls.find(([c]) => c === channel)![1] as Record<string, unknown>
}

const switchOn = (form: HTMLElement) =>
  act(async () => fireEvent.click(within(form).getByTestId('mailbox-switch')))

const failed = (patch: Partial<MailboxTestResult>): MailboxTestResult => ({
  ok: false,
  reason: null,
  step: null,
  params: {},
  message: '',
  elapsedMs: 30,
  folders: [],
  sentFolder: null,
  ...patch,
})

describe('the account form’s mailbox', () => {
  it('is off for a new account, and the account is saved without one', async () => {
    const { form, invoke } = await openForm(null)
    expect(within(form).queryByTestId('mailbox-host')).toBeNull()
    fillNewAccount(form)
    await act(async () => fireEvent.click(within(form).getByTestId('account-save')))
    expect((await sent(invoke, 'accounts.create')).mailbox).toBeNull()
  })

  it('switched on, suggests the IMAP server beside the SMTP one and its port, and sends it', async () => {
    const { form, invoke } = await openForm(null)
    fillNewAccount(form)
    await switchOn(form)
    const host = within(form).getByTestId('mailbox-host') as HTMLInputElement
    const port = within(form).getByTestId('mailbox-port') as HTMLInputElement
    expect(host.value).toBe('imap.shop.test')
    expect(port.value).toBe('993')
    const security = within(form).getByTestId('mailbox-security')
    await act(async () => fireEvent.click(within(security).getByText('STARTTLS')))
    expect(port.value).toBe('143')
    expect(within(form).getByTestId('mailbox-username').getAttribute('placeholder')).toBe(
      'Same as SMTP',
    )
    await act(async () => fireEvent.click(within(form).getByTestId('account-save')))
    expect((await sent(invoke, 'accounts.create')).mailbox).toEqual({
      host: 'imap.shop.test',
      port: 143,
      security: 'starttls',
      username: null,
      password: null,
      folders: ['INBOX'],
      sentFolder: null,
      moveBouncesTo: null,
    })
  })

  it('keeps a stored password on an edit, and sends null when switched off', async () => {
    const saved = sampleAccount({
      mailbox: sampleMailbox({ hasPassword: true, username: 'box@example.com' }),
    })
    const { form, invoke } = await openForm(saved)
    expect(within(form).getByTestId('mailbox-password').getAttribute('placeholder')).toBe(
      'Stored — leave empty to keep',
    )
    await act(async () => fireEvent.click(within(form).getByTestId('account-save')))
    const mailbox = (await sent(invoke, 'accounts.update')).mailbox as Record<string, unknown>
    expect(mailbox).toMatchObject({ host: 'imap.example.com', username: 'box@example.com' })
    expect('password' in mailbox).toBe(false)

    invoke.mockClear()
    await switchOn(form) // off again
    await act(async () => fireEvent.click(within(form).getByTestId('account-save')))
    expect((await sent(invoke, 'accounts.update')).mailbox).toBeNull()
  })

  it('tests the mailbox as the form stands and lists the folders and the Sent folder found', async () => {
    const { form, invoke } = await openForm(sampleAccount(), {
      'mailbox.test': ok({
        ok: true,
        reason: null,
        step: null,
        params: {},
        message: 'ok',
        elapsedMs: 84,
        folders: ['INBOX', 'Sent', 'Bounces'],
        sentFolder: 'Sent',
      }),
    })
    await switchOn(form)
    await act(async () => fireEvent.click(within(form).getByTestId('mailbox-test')))
    const result = await within(form).findByTestId('mailbox-test-result')
    expect(result.dataset.ok).toBe('true')
    expect(result.textContent).toContain('Folders found: INBOX, Sent, Bounces')
    expect(result.textContent).toContain('Sent folder: Sent')
    const input = await sent(invoke, 'mailbox.test')
    expect(input).toMatchObject({
      accountId: 2,
      smtpUsername: 'ann@example.com',
      mailbox: { host: 'imap.example.com', port: 993, folders: ['INBOX'] },
    })
    // The SMTP password and the mailbox's own are the stored ones: neither is sent.
    expect('smtpPassword' in input).toBe(false)
    expect('password' in (input.mailbox as object)).toBe(false)
  })

  it('says which step failed and why, in English', async () => {
    const { form } = await openForm(sampleAccount({ mailbox: sampleMailbox() }), {
      'mailbox.test': ok(
        failed({ reason: 'auth', step: 'login', params: { detail: 'AUTHENTICATIONFAILED' } }),
      ),
    })
    await act(async () => fireEvent.click(within(form).getByTestId('mailbox-test')))
    const result = await within(form).findByTestId('mailbox-test-result')
    expect(result.dataset.ok).toBe('false')
    expect(result.textContent).toContain('Step that failed: signing in.')
    expect(result.textContent).toContain('did not accept the login or password')
    expect(result.textContent).toContain('Details: AUTHENTICATIONFAILED')
  })

  it('says it in Russian, for a folder that cannot be opened', async () => {
    const { form } = await openForm(
      sampleAccount({ mailbox: sampleMailbox({ folders: ['INBOX', 'Bounces'] }) }),
      { 'mailbox.test': ok(failed({ reason: 'folder', step: 'folder' })) },
      'ru',
    )
    await act(async () => fireEvent.click(within(form).getByTestId('mailbox-test')))
    const result = await within(form).findByTestId('mailbox-test-result')
    expect(result.textContent).toContain('Не удался шаг: открытие папок.')
    expect(result.textContent).toContain('Не удалось открыть папку.')
  })
})
