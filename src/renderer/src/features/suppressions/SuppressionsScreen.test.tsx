import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { fakeOutbox } from '../../test/fakeOutbox'
import { sampleFeedbackView } from '../../test/mailbox'
import { fail, ok, openScreen } from '../../test/openScreen'

const listed = {
  total: 2,
  items: [
    {
      email: 'gone@example.com',
      reason: '550 5.1.1 No such user',
      createdAt: Date.UTC(2026, 2, 5),
      source: 'refused',
      evidenceId: null,
    },
    {
      email: 'asked@example.org',
      reason: 'Asked by phone',
      createdAt: Date.UTC(2026, 2, 4),
      source: 'user',
      evidenceId: null,
    },
  ],
}

describe('the do-not-send screen', () => {
  it('says who put each address there, and opens the bounce behind one', async () => {
    const bounced = {
      email: 'bounced@example.net',
      reason: '550 5.1.1 No such user',
      createdAt: Date.UTC(2026, 2, 6),
      source: 'bounce',
      evidenceId: 11,
    }
    const { invoke, stop } = await openScreen(
      'suppressions',
      fakeOutbox({
        'suppressions.list': ok({ total: 3, items: [bounced, ...listed.items] }),
        'mailbox.get': ok(sampleFeedbackView()),
      }),
    )
    const rows = await screen.findAllByTestId('suppression-row')
    const sources = rows.map((r) => within(r).getByTestId('suppression-source').textContent)
    expect(sources).toEqual(['A bounce', 'Refused while sending', 'You'])
    expect(within(rows[1]!).queryByTestId('suppression-view-message')).toBeNull()
    await userEvent.click(within(rows[0]!).getByTestId('suppression-view-message'))
    const message = await screen.findByTestId('feedback-message')
    expect(message.textContent).toContain('550 5.1.1 No such user')
    expect(invoke).toHaveBeenCalledWith('mailbox.get', { id: 11 })
    stop()
  })

  it('lists addresses with their reason, and searches', async () => {
    const { invoke, stop } = await openScreen(
      'suppressions',
      fakeOutbox({ 'suppressions.list': ok(listed) }),
    )
    const rows = await screen.findAllByTestId('suppression-row')
    expect(rows).toHaveLength(2)
    expect(rows[0]!.textContent).toContain('550 5.1.1 No such user')
    // The server's reply in plain words first (English here), the reply itself kept beside it.
    expect(rows[0]!.textContent).toMatch(/^gone@example\.com.*mailbox does not exist/i)
    expect(rows[1]!.textContent).toContain('Asked by phone')
    await userEvent.type(screen.getByTestId('suppression-search'), 'gone')
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('suppressions.list', {
        search: 'gone',
        limit: 50,
        offset: 0,
      }),
    )
    stop()
  })

  it('lists bad addresses before sending anything', async () => {
    const { invoke, stop } = await openScreen(
      'suppressions',
      fakeOutbox({ 'suppressions.list': ok(listed) }),
    )
    await userEvent.click(screen.getByTestId('suppression-open-add'))
    await userEvent.type(
      await screen.findByTestId('suppression-input'),
      'ok@example.com, not-an-address',
    )
    await userEvent.click(screen.getByTestId('suppression-add'))
    const error = await screen.findByTestId('suppression-add-error')
    expect(error.textContent).toContain('not email addresses')
    expect(within(error).getByText('not-an-address')).toBeTruthy()
    expect(invoke).not.toHaveBeenCalledWith('suppressions.add', expect.anything())
    stop()
  })

  it('shows which addresses the engine refused', async () => {
    const { stop } = await openScreen(
      'suppressions',
      fakeOutbox({
        'suppressions.list': ok(listed),
        'suppressions.add': fail('invalid_input', 'Invalid input for suppressions.add', [
          {
            code: 'custom',
            path: ['emails', 1],
            message: 'The part before @ has at most 64 characters',
          },
        ]),
      }),
    )
    await userEvent.click(screen.getByTestId('suppression-open-add'))
    await userEvent.type(
      await screen.findByTestId('suppression-input'),
      'a@example.com\nb@example.com',
    )
    await userEvent.click(screen.getByTestId('suppression-add'))
    const error = await screen.findByTestId('suppression-add-error')
    expect(within(error).getByText('b@example.com')).toBeTruthy()
    stop()
  })

  it('adds good addresses and removes one after asking', async () => {
    const { invoke, stop } = await openScreen(
      'suppressions',
      fakeOutbox({
        'suppressions.list': ok(listed),
        'suppressions.add': ok({ count: 2 }),
        'suppressions.remove': ok({ count: 1 }),
      }),
    )
    await userEvent.click(screen.getByTestId('suppression-open-add'))
    await userEvent.type(
      await screen.findByTestId('suppression-input'),
      'a@example.com; b@example.com',
    )
    await userEvent.click(screen.getByTestId('suppression-add'))
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('suppressions.add', {
        emails: ['a@example.com', 'b@example.com'],
        reason: 'Added by hand',
      }),
    )
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove asked@example.org from the list' }),
    )
    await userEvent.click(await screen.findByTestId('suppression-remove-confirm'))
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('suppressions.remove', { email: 'asked@example.org' }),
    )
    stop()
  })
})
