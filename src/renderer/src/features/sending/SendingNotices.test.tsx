import { MantineProvider } from '@mantine/core'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { initI18n } from '../../i18n'
import { engineStatusRequested } from '../../store/sending/actions'
import { setOutboxClient } from '../../client'
import { initialState, useStore } from '../../store/store'
import { RecoveredNotice } from './RecoveredNotice'
import { fakeOutbox } from '../../test/fakeOutbox'
import { ok, openScreen } from '../../test/openScreen'

const since = Date.UTC(2026, 2, 5, 14, 7)
const status = (
  held: ('suspend' | 'offline')[],
  recovered: { campaignId: number; count: number }[] = [],
) => ({
  held,
  heldSince: held.length ? since : null,
  recovered,
})
const campaign = (id: number, name: string) => ({ id, name, status: 'completed' })

describe('sending held', () => {
  it('says calmly why sending waits and since when, and goes away when it goes on', async () => {
    const { emit, stop } = await openScreen('about')
    expect(screen.queryByTestId('held-banner')).toBeNull()

    act(() => emit({ name: 'engine.status', payload: status(['suspend']) }))
    const banner = await screen.findByTestId('held-banner')
    expect(banner.textContent).toContain('while the computer sleeps')
    expect(banner.textContent).toContain('goes on by itself')
    expect(banner.textContent).toContain('2026')

    act(() => emit({ name: 'engine.status', payload: status(['suspend', 'offline']) }))
    expect(screen.getByTestId('held-banner').textContent).toContain('and there is no network')
    act(() => emit({ name: 'engine.status', payload: status(['offline']) }))
    expect(screen.getByTestId('held-banner').textContent).toContain('while there is no network')

    act(() => emit({ name: 'engine.status', payload: status([]) }))
    expect(screen.queryByTestId('held-banner')).toBeNull()
    stop()
  })

  it('is loaded at start-up, in Russian too', async () => {
    const { stop } = await openScreen(
      'about',
      fakeOutbox({ 'engine.status': ok(status(['offline'])) }),
    )
    await act(() => initI18n('ru'))
    await act(engineStatusRequested)
    expect(screen.getByTestId('held-banner').textContent).toContain('пока нет сети')
    stop()
  })
})

describe('sends found in flight at start-up', () => {
  it('offers to review each campaign, and can be dismissed', async () => {
    // The notice alone: opening a campaign's page is the campaigns screen's business.
    useStore.setState(initialState())
    await initI18n('en')
    setOutboxClient(
      fakeOutbox({
        'engine.status': ok(
          status(
            [],
            [
              { campaignId: 7, count: 2 },
              { campaignId: 9, count: 1 },
            ],
          ),
        ),
      }).client,
    )
    useStore.setState((s) => ({
      campaigns: {
        ...s.campaigns,
        list: [campaign(7, 'Spring sale'), campaign(9, 'News')] as never,
      },
    }))
    render(
      <MantineProvider>
        <RecoveredNotice />
      </MantineProvider>,
    )
    await act(engineStatusRequested)
    const notice = screen.getByTestId('recovered-notice')
    expect(notice.textContent).toContain('3 emails were being handed over when Outbox stopped')
    expect(notice.textContent).toContain('they may have arrived')

    await userEvent.click(screen.getByText('Review “Spring sale”'))
    expect(useStore.getState().ui).toEqual({ screen: 'campaigns', campaignId: 7 })
    expect(screen.getByText('Review “News”')).toBeTruthy() // still offered for the other

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
    await waitFor(() => expect(screen.queryByTestId('recovered-notice')).toBeNull())
  })

  it('words one email in the singular and Russian plurals by number', async () => {
    const { stop } = await openScreen(
      'about',
      fakeOutbox({ 'engine.status': ok(status([], [{ campaignId: 3, count: 1 }])) }),
    )
    await act(engineStatusRequested)
    expect(screen.getByTestId('recovered-notice').textContent).toContain(
      '1 email was being handed over',
    )
    expect(screen.getByText('Review campaign #3')).toBeTruthy()
    await act(() => initI18n('ru'))
    useStore.setState((s) => ({
      sending: { ...s.sending, status: status([], [{ campaignId: 3, count: 5 }]) },
    }))
    await waitFor(() =>
      expect(screen.getByTestId('recovered-notice').textContent).toContain('5 писем передавались'),
    )
    stop()
  })
})
