/** The account card's mailbox: where its reader stands, in words, and "Check mail now". */
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { sampleAccount, testInboxAccount } from '@renderer/test/accounts'
import { fakeOutbox } from '@renderer/test/fakeOutbox'
import { sampleMailbox } from '@renderer/test/mailbox'
import { ok, openScreen } from '@renderer/test/openScreen'

const NOW = Date.UTC(2030, 0, 4, 12, 0)
const failing = sampleAccount({
  mailbox: sampleMailbox({
    status: {
      state: 'error',
      lastReadAt: NOW - 5 * 60_000,
      nextAttemptAt: NOW + 2 * 60_000,
      reason: 'auth',
      step: 'login',
      params: {},
      scanned: 1200,
      recognised: 14,
    },
  }),
})
const inbox = { ...testInboxAccount, mailbox: sampleMailbox({ host: '127.0.0.1' }) }

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})
afterEach(() => vi.useRealTimers())

describe('the mailbox on the account card', () => {
  it('says when it was read, what it found, which step failed and when it tries again', async () => {
    const { stop } = await openScreen(
      'accounts',
      fakeOutbox({ 'accounts.list': ok([inbox, failing]) }),
    )
    const card = await screen.findByTestId('account-row-2')
    const row = within(card).getByTestId('account-mailbox')
    expect(row.textContent).toContain('imap.example.com:993 · TLS · INBOX')
    expect(within(row).getByTestId('mailbox-standing').textContent).toBe(
      'Could not be read · last read 5 min. ago · 1,200 messages looked at, 14 recognised',
    )
    const error = within(row).getByTestId('mailbox-error')
    expect(error.textContent).toContain('Step that failed: signing in.')
    expect(error.textContent).toContain('Next try in 2 min.')
    // The test inbox's own mailbox is shown, not set up.
    expect(screen.getByTestId('account-row-1').textContent).toContain(
      'The test inbox’s own mailbox',
    )
    stop()
  })

  it('says it in Russian', async () => {
    const { stop } = await openScreen(
      'accounts',
      fakeOutbox({ 'accounts.list': ok([inbox, failing]) }),
      'ru',
    )
    const row = within(await screen.findByTestId('account-row-2')).getByTestId('account-mailbox')
    expect(row.textContent).toContain('Не удалось прочитать · последнее чтение 5 мин. назад')
    expect(row.textContent).toContain('Не удался шаг: вход.')
    expect(row.textContent).toContain('Следующая попытка через 2 мин.')
    stop()
  })

  it('reads the mail now when asked, and shows the new standing', async () => {
    const { invoke, stop } = await openScreen(
      'accounts',
      fakeOutbox({ 'accounts.list': ok([inbox, failing]) }),
    )
    await userEvent.click(await screen.findByTestId('mailbox-check-2'))
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('mailbox.checkNow', { accountId: 2 }))
    await waitFor(() =>
      expect(invoke.mock.calls.filter(([c]) => c === 'accounts.list').length).toBeGreaterThan(1),
    )
    stop()
  })
})
