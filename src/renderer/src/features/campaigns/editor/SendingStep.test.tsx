/**
 * The Sending step's policy: accounts in order and whose From, sending hours (the first
 * account's by default), each recipient's zone, and "spread over" instead of a fixed pause;
 * each saved through campaigns.update like every other field of a draft.
 */
import { MantineProvider } from '@mantine/core'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Campaign, SendingHours } from '@shared/contract'
import { setOutboxClient } from '@renderer/client'
import { initI18n } from '@renderer/i18n'
import { campaignReceived } from '@renderer/store/campaigns/actions'
import { draftSaved } from '@renderer/store/draft/actions'
import { initialState, useStore } from '@renderer/store/store'
import { sampleAccount, testInboxAccount } from '@renderer/test/accounts'
import { sampleDraft } from '@renderer/test/campaigns'
import { fakeOutbox } from '@renderer/test/fakeOutbox'
import { SendingStep } from './SendingStep'

const moscowHours: SendingHours = {
  days: [1, 2, 3, 4, 5],
  from: '09:00',
  to: '18:00',
  zone: 'Europe/Moscow',
}
const work = sampleAccount({ id: 2, name: 'Work mail', sendingHours: moscowHours })
const news = sampleAccount({
  id: 3,
  name: 'News',
  fromName: 'Shop news',
  fromEmail: 'news@shop.example',
})

const wrapper = ({ children }: { children: ReactNode }) => (
  <MantineProvider env="test">{children}</MantineProvider>
)

/** An engine that keeps what the window saves, and says what it was asked to save. */
function engine(start: Campaign) {
  let stored = { ...start }
  const outbox = fakeOutbox({
    'campaigns.update': (input) => {
      const patch: Partial<Campaign> = { ...(input as Partial<Campaign>) }
      delete patch.id
      stored = {
        ...stored,
        ...patch,
        ...(patch.accountIds && { accountId: patch.accountIds[0]! }),
      }
      return { ok: true, value: stored }
    },
    'campaigns.content': () => ({ ok: false, error: { code: 'internal', message: 'unused' } }),
  })
  const updates = () =>
    outbox.invoke.mock.calls
      .filter(([channel]) => channel === 'campaigns.update')
      .map(([, input]) => input)
  return { ...outbox, updates }
}

async function openStep(campaign: Campaign, language: 'en' | 'ru' = 'en') {
  const i18n = await initI18n(language)
  await i18n.changeLanguage(language)
  const outbox = engine(campaign)
  setOutboxClient(outbox.client)
  useStore.setState({
    accounts: { list: [testInboxAccount, work, news], loaded: true, error: null },
  })
  campaignReceived(campaign)
  const Step = () => {
    const current = useStore((s) => s.campaigns.list?.find((c) => c.id === campaign.id))!
    return <SendingStep campaign={current} />
  }
  await act(async () => {
    render(<Step />, { wrapper })
  })
  return outbox
}

const saved = async (outbox: ReturnType<typeof engine>) => {
  await act(() => draftSaved())
  return outbox.updates().at(-1)
}
const policy = { sendingHours: null, recipientZones: false, spreadMs: null, fromAccountId: null }

beforeEach(() => useStore.setState(initialState()))
afterEach(() => draftSaved())

describe('the accounts of a campaign', () => {
  it('adds, orders and removes accounts, the first being the campaign’s, and saves the list', async () => {
    const outbox = await openStep(sampleDraft({ accountId: 2, accountIds: [2] }))
    expect(screen.getByTestId('accounts-note').textContent).toBe(
      'Add another account to share the list between them.',
    )
    expect(screen.queryByTestId('campaign-from')).toBeNull()

    await userEvent.click(screen.getByRole('combobox', { name: 'Add an account' }))
    await userEvent.click(screen.getByRole('option', { name: 'News' }))
    expect(await saved(outbox)).toEqual({ id: 7, accountIds: [2, 3] })
    expect(screen.getByTestId('accounts-note').textContent).toMatch(
      /^Each recipient gets the email through one of these accounts.*own pause, connections and hourly and daily caps\.$/,
    )
    expect(within(screen.getByTestId('campaign-account-2')).getByText('main')).toBeTruthy()

    await userEvent.click(screen.getByRole('button', { name: 'Move “News” up' }))
    expect(await saved(outbox)).toEqual({ id: 7, accountIds: [3, 2] })
    expect(useStore.getState().campaigns.list![0]!.accountId).toBe(3)
    expect(screen.getByRole('button', { name: 'Move “News” up' })).toHaveProperty('disabled', true)

    await userEvent.click(screen.getByRole('button', { name: 'Remove “News” from this campaign' }))
    expect(await saved(outbox)).toEqual({ id: 7, accountIds: [2] })
    // The last account cannot go.
    expect(
      screen.getByRole('button', { name: 'Remove “Work mail” from this campaign' }),
    ).toHaveProperty('disabled', true)
  })

  it('fixes the From to one account, and lets it go with the account', async () => {
    const outbox = await openStep(sampleDraft({ accountId: 2, accountIds: [2, 3] }))
    const from = screen.getByRole('combobox', { name: 'From' }) as HTMLInputElement
    expect(from.value).toBe('Each account’s own')
    await userEvent.click(from)
    await userEvent.click(screen.getByRole('option', { name: 'Shop news <news@shop.example>' }))
    expect(await saved(outbox)).toEqual({ id: 7, policy: { ...policy, fromAccountId: 3 } })

    await userEvent.click(screen.getByRole('button', { name: 'Remove “News” from this campaign' }))
    expect(await saved(outbox)).toEqual({
      id: 7,
      accountIds: [2],
      policy: { ...policy, fromAccountId: null },
    })
  })
})

describe('when a campaign sends', () => {
  it('offers the first account’s hours when switched on, and saves them as the campaign’s', async () => {
    const outbox = await openStep(sampleDraft({ accountId: 2, accountIds: [2] }))
    expect(screen.getByTestId('account-hours').textContent).toContain(
      'The account “Work mail” sends Weekdays 09:00–18:00, Europe/Moscow by default.',
    )
    await userEvent.click(screen.getByRole('switch', { name: /^Send only within sending hours/ }))
    expect(await saved(outbox)).toEqual({ id: 7, policy: { ...policy, sendingHours: moscowHours } })
    expect(screen.getByTestId('hours-summary').textContent).toBe(
      'Weekdays 09:00–18:00, Europe/Moscow',
    )
    // The campaign's hours are the account's now: nothing to offer.
    expect(screen.queryByTestId('account-hours')).toBeNull()

    fireEvent.change(screen.getByTestId('hours-from'), { target: { value: '22:00' } })
    fireEvent.change(screen.getByTestId('hours-to'), { target: { value: '06:00' } })
    expect(await saved(outbox)).toEqual({
      id: 7,
      policy: { ...policy, sendingHours: { ...moscowHours, from: '22:00', to: '06:00' } },
    })
    expect(screen.getByTestId('hours-overnight').textContent).toContain(
      'Monday 22:00 → Tuesday 06:00',
    )
    await userEvent.click(screen.getByRole('button', { name: 'Use these hours' }))
    expect(await saved(outbox)).toEqual({ id: 7, policy: { ...policy, sendingHours: moscowHours } })
  })

  it('sends in each recipient’s zone only when the list has one and hours are on', async () => {
    await openStep(sampleDraft())
    const toggle = screen.getByRole('switch', { name: /^Send in each recipient’s time zone/ })
    expect(toggle).toHaveProperty('disabled', true)
    expect(toggle.getAttribute('aria-describedby')).toBeTruthy()
    expect(screen.getByText(/no time-zone column \(such as timezone or tz\)/)).toBeTruthy()
  })

  it('says how many recipients carry a zone and where the others fall, and saves the choice', async () => {
    const outbox = await openStep(
      sampleDraft({
        accountId: 2,
        accountIds: [2],
        recipients: 1200,
        recipientZones: { column: 'tz', known: 1001 },
        policy: { ...policy, sendingHours: moscowHours },
      }),
    )
    expect(
      screen.getByText(
        '1,001 of 1,200 recipients have a time zone (column “tz”); the others get the hours in Europe/Moscow.',
      ),
    ).toBeTruthy()
    await userEvent.click(
      screen.getByRole('switch', { name: /^Send in each recipient’s time zone/ }),
    )
    expect(await saved(outbox)).toEqual({
      id: 7,
      policy: { ...policy, sendingHours: moscowHours, recipientZones: true },
    })
    // Without hours there is nothing to apply in each zone.
    await userEvent.click(screen.getByRole('switch', { name: /^Send only within sending hours/ }))
    expect(await saved(outbox)).toEqual({ id: 7, policy })
  })

  it('says it in Russian, with the plural forms', async () => {
    await openStep(
      sampleDraft({
        recipients: 25,
        recipientZones: { column: 'часовой пояс', known: 21 },
        policy: { ...policy, sendingHours: moscowHours },
      }),
      'ru',
    )
    expect(
      screen.getByText(
        'Часовой пояс указан у 21 из 25 получателей (столбец «часовой пояс»); для остальных часы отправки считаются по поясу Europe/Moscow.',
      ),
    ).toBeTruthy()
    expect(screen.getByTestId('hours-summary').textContent).toBe('Будни 09:00–18:00, Europe/Moscow')
  })
})

describe('the pace', () => {
  it('spreads the list over hours or days instead of a fixed pause, and says the engine derives it', async () => {
    const outbox = await openStep(sampleDraft())
    expect(screen.getByTestId('setting-delay')).toBeTruthy()
    await userEvent.click(screen.getByRole('radio', { name: 'Spread over a time' }))
    expect(await saved(outbox)).toEqual({ id: 7, policy: { ...policy, spreadMs: 86_400_000 } })
    expect(screen.queryByTestId('setting-delay')).toBeNull()
    expect(screen.getByTestId('spread-hint').textContent).toContain(
      'Outbox works out the pause itself from the recipients left, the sending hours and the accounts’ caps',
    )
    const amount = screen.getByRole('textbox', { name: 'Spread over' }) as HTMLInputElement
    expect(amount.value).toBe('1')
    await userEvent.click(screen.getByRole('combobox', { name: 'Unit' }))
    await userEvent.click(screen.getByRole('option', { name: 'hours' }))
    expect(await saved(outbox)).toEqual({ id: 7, policy: { ...policy, spreadMs: 3_600_000 } })
    await userEvent.clear(amount)
    await userEvent.type(amount, '36')
    expect(await saved(outbox)).toEqual({ id: 7, policy: { ...policy, spreadMs: 36 * 3_600_000 } })

    // Out of range: said, and not saved.
    await userEvent.clear(amount)
    await userEvent.type(amount, '0.5')
    expect(screen.getByText('Between 1 hour and 60 days.')).toBeTruthy()
    expect(await saved(outbox)).toEqual({ id: 7, policy: { ...policy, spreadMs: 36 * 3_600_000 } })

    await userEvent.click(screen.getByRole('radio', { name: 'A fixed pause between emails' }))
    expect(await saved(outbox)).toEqual({ id: 7, policy })
  })

  it('counts each account’s pace side by side', async () => {
    await openStep(sampleDraft({ accountId: 2, accountIds: [2, 3], recipients: 600 }))
    expect(screen.getByTestId('pace-summary').textContent).toBe(
      'At most 60 emails a minute through 2 accounts. 600 recipients take at least 10 minutes.',
    )
  })
})
