/**
 * A scheduled start: the dialog turns a date, a time and a zone into the instant
 * campaigns.schedule gets; a scheduled campaign says when it starts (in its list and on its
 * page) with Start now, Reschedule and Back to a draft; a missed start is a question, a failed
 * one says why. In English and Russian.
 */
import { MantineProvider } from '@mantine/core'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Campaign, Preflight } from '@shared/contract'
import { localTimeZone } from '@shared/sending/timeZone'
import { setOutboxClient } from '@renderer/client'
import { initI18n } from '@renderer/i18n'
import { campaignReceived } from '@renderer/store/campaigns/actions'
import { initialState, useStore } from '@renderer/store/store'
import { sampleAccount } from '@renderer/test/accounts'
import { sampleDraft } from '@renderer/test/campaigns'
import { fakeOutbox } from '@renderer/test/fakeOutbox'
import { fail, ok, openScreen } from '@renderer/test/openScreen'
import { formatMoment } from '@renderer/format/moment'
import { zoneName } from '@renderer/format/zoneName'
import { StartButton } from '../editor/StartButton'
import { ScheduledCampaign } from './ScheduledCampaign'
import { startFailureText } from './startFailureText'

// Typing into the zone combobox takes about 4 s alone; a loaded machine doubles that.
vi.setConfig({ testTimeout: 20_000 })

/** 09:00 in Moscow on Tuesday 3 December 2030 is 06:00 UTC. */
const nineInMoscow = Date.UTC(2030, 11, 3, 6, 0)
const checked: Preflight = { ok: true, recipients: 2, errors: [], warnings: [] }
const scheduled = sampleDraft({
  status: 'scheduled',
  schedule: { at: nineInMoscow, zone: 'Europe/Moscow', missedStart: 'ask' },
  accountIds: [2],
  accountId: 2,
})

const wrapper = ({ children }: { children: ReactNode }) => (
  <MantineProvider env="test">{children}</MantineProvider>
)
const calls = (invoke: ReturnType<typeof fakeOutbox>['invoke'], channel: string) =>
  invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input)

async function inLanguage(language: 'en' | 'ru') {
  const i18n = await initI18n(language)
  await i18n.changeLanguage(language)
}

async function renderWith(
  node: (campaign: Campaign) => ReactNode,
  campaign: Campaign,
  replies: Parameters<typeof fakeOutbox>[0],
  language: 'en' | 'ru' = 'en',
) {
  await inLanguage(language)
  const outbox = fakeOutbox(replies)
  setOutboxClient(outbox.client)
  useStore.setState({ accounts: { list: [sampleAccount()], loaded: true, error: null } })
  campaignReceived(campaign)
  const Current = () => {
    const current = useStore((s) => s.campaigns.list?.find((c) => c.id === campaign.id))!
    return <>{node(current)}</>
  }
  await act(async () => {
    render(<Current />, { wrapper })
  })
  return outbox
}

async function openScheduleDialog(language: 'en' | 'ru' = 'en', extra = {}) {
  const outbox = await renderWith(
    (c) => <StartButton campaign={c} onShowStep={() => {}} />,
    sampleDraft(),
    {
      'campaigns.preflight': ok(checked),
      'campaigns.schedule': (input) => ({
        ok: true,
        value: { ...scheduled, schedule: (input as { schedule: Campaign['schedule'] }).schedule },
      }),
      ...extra,
    },
    language,
  )
  await userEvent.click(screen.getByTestId('schedule'))
  await screen.findByTestId('schedule-form')
  return outbox
}

const setField = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } })

async function chooseZone(search: string, option: string) {
  const zone = screen.getByRole('combobox', { name: /^(Time zone|Часовой пояс)$/ })
  await userEvent.clear(zone)
  await userEvent.type(zone, search)
  await userEvent.click(await screen.findByRole('option', { name: option }))
}

beforeEach(() => useStore.setState(initialState()))

describe('scheduling a draft', () => {
  it('offers Schedule… beside Start now, checks first, and schedules 09:00 Moscow as 06:00 UTC', async () => {
    const { invoke } = await openScheduleDialog()
    expect(screen.getByTestId('start').textContent).toBe('Start now')
    expect(calls(invoke, 'campaigns.preflight')).toEqual([{ id: 7 }])
    expect(screen.getByText(/Every recipient’s message was checked/)).toBeTruthy()
    // The computer's zone is the default.
    const zone = screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement
    expect(zone.value).toContain(zoneName(localTimeZone()))

    setField('schedule-date', '2030-12-03')
    setField('schedule-time', '09:00')
    await chooseZone('moscow', 'Europe/Moscow (UTC+03:00)')
    const preview = screen.getByTestId('schedule-preview')
    expect(preview.textContent).toContain('Starts Tue, Dec 3, 2030, 09:00 (Europe/Moscow)')
    if (localTimeZone() !== 'Europe/Moscow') {
      const here = formatMoment(nineInMoscow, localTimeZone(), 'en', Date.now())
      expect(preview.textContent).toContain(
        `That is ${here} on this computer (${zoneName(localTimeZone())}).`,
      )
    }
    const ask = screen.getByRole('radio', { name: 'Ask me first' }) as HTMLInputElement
    expect(ask.checked).toBe(true)
    await userEvent.click(screen.getByRole('radio', { name: 'Start when Outbox opens' }))
    await userEvent.click(screen.getByTestId('schedule-confirm'))

    await waitFor(() => expect(calls(invoke, 'campaigns.schedule')).toHaveLength(1))
    expect(calls(invoke, 'campaigns.schedule')[0]).toEqual({
      id: 7,
      schedule: { at: nineInMoscow, zone: 'Europe/Moscow', missedStart: 'start' },
    })
    await waitFor(() => expect(useStore.getState().campaigns.list![0]!.status).toBe('scheduled'))
  })

  it('takes an offset zone and a daylight-saving date as the zone’s own clock says', async () => {
    const { invoke } = await openScheduleDialog()
    setField('schedule-date', '2030-07-01')
    setField('schedule-time', '09:00')
    await chooseZone('new york', 'America/New York (UTC-04:00)')
    expect(screen.getByTestId('schedule-preview').textContent).toContain(
      'Starts Mon, Jul 1, 2030, 09:00 (America/New York)',
    )
    await chooseZone('UTC+5:30', 'UTC+05:30')
    await userEvent.click(screen.getByTestId('schedule-confirm'))
    await waitFor(() => expect(calls(invoke, 'campaigns.schedule')).toHaveLength(1))
    expect(calls(invoke, 'campaigns.schedule')[0]).toEqual({
      id: 7,
      schedule: { at: Date.UTC(2030, 6, 1, 3, 30), zone: 'UTC+05:30', missedStart: 'ask' },
    })
  })

  it('will not schedule a time that has passed, and shows what the engine refused', async () => {
    const { invoke } = await openScheduleDialog('en', {
      'campaigns.schedule': fail('invalid_input', 'The account is gone'),
    })
    setField('schedule-date', '2020-01-01')
    expect(screen.getByRole('alert').textContent).toBe('That time has passed: pick a later one.')
    expect(screen.getByTestId('schedule-confirm')).toHaveProperty('disabled', true)
    setField('schedule-date', '')
    expect(screen.getByRole('alert').textContent).toBe('Pick a date and a time.')

    setField('schedule-date', '2030-12-03')
    await userEvent.click(screen.getByTestId('schedule-confirm'))
    expect((await screen.findByTestId('schedule-error')).textContent).toContain(
      'The account is gone',
    )
    expect(calls(invoke, 'campaigns.schedule')).toHaveLength(1)
  })

  it('speaks Russian', async () => {
    await openScheduleDialog('ru')
    expect(screen.getByTestId('schedule').textContent).toBe('Запланировать…')
    expect(screen.getByTestId('start').textContent).toBe('Запустить сейчас')
    setField('schedule-date', '2030-12-03')
    setField('schedule-time', '09:00')
    await chooseZone('moscow', 'Europe/Moscow (UTC+03:00)')
    expect(screen.getByTestId('schedule-preview').textContent).toContain(
      'Запуск: вт, 3 дек. 2030 г., 09:00 (Europe/Moscow)',
    )
    expect(screen.getByRole('radio', { name: 'Сначала спросить меня' })).toBeTruthy()
    expect(screen.getByRole('radio', { name: 'Запустить, когда Outbox откроется' })).toBeTruthy()
    expect(screen.getByText('Если в это время Outbox будет закрыт')).toBeTruthy()
  })
})

describe('a scheduled campaign', () => {
  it('says when it starts, and goes back to a draft or starts now', async () => {
    const { invoke } = await renderWith((c) => <ScheduledCampaign campaign={c} />, scheduled, {
      'campaigns.unschedule': ok({ ...scheduled, status: 'draft', schedule: null }),
      'campaigns.start': ok({ ...scheduled, status: 'sending' }),
    })
    expect(screen.getByTestId('starts-at').textContent).toBe(
      'Starts Tue, Dec 3, 2030, 09:00 (Europe/Moscow)',
    )
    expect(screen.getByTestId('campaign-status').textContent).toBe('Scheduled')
    expect(screen.getByText(/Outbox asks you what to do when it opens/)).toBeTruthy()
    expect(screen.getByTestId('scheduled-summary').textContent).toContain('Through: Work mail')

    await userEvent.click(screen.getByRole('button', { name: 'Back to a draft' }))
    expect(calls(invoke, 'campaigns.unschedule')).toEqual([{ id: 7 }])
    expect(useStore.getState().campaigns.list![0]!.status).toBe('draft')
  })

  it('moves its start in a dialog that opens on the time and zone it had', async () => {
    const { invoke } = await renderWith((c) => <ScheduledCampaign campaign={c} />, scheduled, {
      'campaigns.schedule': (input) => ({
        ok: true,
        value: { ...scheduled, schedule: (input as { schedule: Campaign['schedule'] }).schedule },
      }),
    })
    await userEvent.click(screen.getByRole('button', { name: 'Reschedule…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Move the start' })
    expect((within(dialog).getByTestId('schedule-date') as HTMLInputElement).value).toBe(
      '2030-12-03',
    )
    expect((within(dialog).getByTestId('schedule-time') as HTMLInputElement).value).toBe('09:00')
    setField('schedule-time', '11:30')
    await userEvent.click(within(dialog).getByTestId('schedule-confirm'))
    await waitFor(() => expect(calls(invoke, 'campaigns.schedule')).toHaveLength(1))
    expect(calls(invoke, 'campaigns.schedule')[0]).toEqual({
      id: 7,
      schedule: { at: Date.UTC(2030, 11, 3, 8, 30), zone: 'Europe/Moscow', missedStart: 'ask' },
    })
    await waitFor(() =>
      expect(screen.getByTestId('starts-at').textContent).toBe(
        'Starts Tue, Dec 3, 2030, 11:30 (Europe/Moscow)',
      ),
    )
  })

  it('asks what to do about a start missed while Outbox was closed', async () => {
    const missed = { ...scheduled, statusReason: 'missed' }
    const { invoke } = await renderWith((c) => <ScheduledCampaign campaign={c} />, missed, {
      'campaigns.start': ok({ ...scheduled, status: 'sending' }),
      'campaigns.unschedule': ok({ ...scheduled, status: 'draft', schedule: null }),
    })
    const question = screen.getByTestId('missed')
    expect(question.textContent).toContain('The scheduled start was missed')
    expect(question.textContent).toContain(
      'This campaign was due to start on December 3, 2030 at 09:00 (Europe/Moscow) while Outbox was closed. Start it now?',
    )
    expect(screen.getByTestId('campaign-schedule-problem').textContent).toBe('Start missed')
    const buttons = within(question)
      .getAllByRole('button')
      .map((b) => b.textContent)
    expect(buttons).toEqual(['Start now', 'Reschedule…', 'Keep as a draft'])
    await userEvent.click(within(question).getByRole('button', { name: 'Start now' }))
    expect(calls(invoke, 'campaigns.start')).toEqual([{ id: 7 }])
  })

  it('asks it in Russian', async () => {
    await renderWith(
      (c) => <ScheduledCampaign campaign={c} />,
      { ...scheduled, statusReason: 'missed' },
      {},
      'ru',
    )
    const question = screen.getByTestId('missed')
    expect(question.textContent).toContain(
      'Эта рассылка должна была начаться 3 декабря 2030 г. в 09:00 (Europe/Moscow), но Outbox был закрыт. Запустить её сейчас?',
    )
    const buttons = within(question)
      .getAllByRole('button')
      .map((b) => b.textContent)
    expect(buttons).toEqual(['Запустить сейчас', 'Перенести…', 'Оставить черновиком'])
    expect(screen.getByTestId('campaign-status').textContent).toBe('Запланирована')
  })

  const failed = (statusDetail: string | null) => ({
    ...scheduled,
    statusReason: 'startFailed',
    statusDetail,
  })
  const refused = JSON.stringify({
    message: 'The SMTP account "Work mail" was deleted',
    reason: 'account.deleted',
    params: { name: 'Work mail' },
  })

  it('says why a scheduled start failed, in the words of the engine’s reason', async () => {
    await renderWith((c) => <ScheduledCampaign campaign={c} />, failed(refused), {})
    expect(screen.getByTestId('start-failed').textContent).toContain(
      'This campaign should have started on December 3, 2030 at 09:00 (Europe/Moscow), but could not. The SMTP account “Work mail” was deleted. Choose another account for this campaign.',
    )
    expect(screen.getByTestId('campaign-schedule-problem').textContent).toBe('Did not start')
  })

  it('says it in Russian', async () => {
    await renderWith((c) => <ScheduledCampaign campaign={c} />, failed(refused), {}, 'ru')
    expect(screen.getByTestId('start-failed').textContent).toContain(
      'но не запустилась. Учётная запись SMTP «Work mail» удалена. Выберите для рассылки другую.',
    )
    expect(screen.getByTestId('start-failed').textContent).not.toContain('was deleted')
  })

  it('shows the engine’s sentence for a reason it does not know, or none', async () => {
    const unknown = JSON.stringify({ message: 'The disk is full', reason: 'disk.full' })
    const i18n = await initI18n('en')
    await i18n.changeLanguage('en')
    const t = i18n.t.bind(i18n)
    expect(startFailureText(unknown, t, i18n)).toBe('The disk is full')
    expect(startFailureText(JSON.stringify({ message: 'Locked' }), t, i18n)).toBe('Locked')
    // An older engine kept the sentence itself.
    expect(startFailureText('The account is gone.', t, i18n)).toBe('The account is gone.')
    expect(startFailureText(null, t, i18n)).toBe('Outbox did not say why.')
  })
})

describe('the campaign list', () => {
  it('shows when a scheduled campaign starts, filters by Scheduled, and unschedules from the menu', async () => {
    const other = sampleDraft({ id: 8, name: 'Autumn' })
    const { invoke, stop } = await openScreen(
      'campaigns',
      fakeOutbox({
        'campaigns.list': ok([scheduled, other]),
        'accounts.list': ok([sampleAccount()]),
        'campaigns.unschedule': ok({ ...scheduled, status: 'draft', schedule: null }),
      }),
    )
    const row = await screen.findByTestId('campaign-row-7')
    expect(within(row).getByTestId('campaign-status').textContent).toBe('Scheduled')
    expect(row.textContent).toContain('Starts Tue, Dec 3, 2030, 09:00 (Europe/Moscow)')

    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }))
    await userEvent.click(await screen.findByRole('option', { name: 'Scheduled', hidden: true }))
    await waitFor(() => expect(screen.queryByTestId('campaign-row-8')).toBeNull())

    await userEvent.click(screen.getByTestId('campaign-actions-7'))
    await userEvent.click(await screen.findByTestId('campaign-unschedule-7'))
    await waitFor(() => expect(calls(invoke, 'campaigns.unschedule')).toEqual([{ id: 7 }]))
    stop()
  })
})
