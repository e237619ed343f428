/**
 * The campaign page under a sending policy: waiting for its hours, its pace when spread over
 * time, each account's share when it sends through several, and the self-protection pause.
 */
import { MantineProvider } from '@mantine/core'
import { act, render, screen, within } from '@testing-library/react'
import { DateTime } from 'luxon'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Campaign, Language } from '@shared/contract'
import { setOutboxClient } from '@renderer/client'
import { initI18n } from '@renderer/i18n'
import { initialState, useStore } from '@renderer/store/store'
import { sampleAccount } from '@renderer/test/accounts'
import { sampleDraft } from '@renderer/test/campaigns'
import { fakeOutbox } from '@renderer/test/fakeOutbox'
import { ok } from '@renderer/test/openScreen'
import { CampaignMonitor } from './CampaignMonitor'

const moscow = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Moscow' }).toMillis()
/** Friday 4 January 2030, 15:00 in Moscow. */
const NOW = moscow('2030-01-04T15:00')

const accounts = [
  sampleAccount({ id: 2, name: 'Work mail', hourlyCap: null }),
  sampleAccount({ id: 3, name: 'Backup', hourlyCap: null }),
  sampleAccount({ id: 4, name: 'Promo', hourlyCap: null }),
]

function sending(patch: Partial<Campaign> = {}, progress: Partial<Campaign['progress']> = {}) {
  const draft = sampleDraft()
  return sampleDraft({
    status: 'sending',
    startedAt: NOW - 3_600_000,
    accountId: 2,
    accountIds: [2],
    ...patch,
    progress: {
      ...draft.progress,
      status: 'sending',
      total: 100,
      sent: 40,
      pending: 60,
      percent: 40,
      ...progress,
    },
  })
}

async function show(campaign: Campaign, language: Language = 'en', known = accounts) {
  const i18n = await initI18n(language)
  await i18n.changeLanguage(language)
  setOutboxClient(
    fakeOutbox({
      'accounts.list': ok(known),
      'campaigns.activity': ok({ perMinute: [], timeline: [] }),
      'deliveries.list': ok([]),
      'deliveries.page': ok({ total: 0, items: [] }),
    }).client,
  )
  useStore.setState({ accounts: { list: known, loaded: true, error: null } })
  await act(async () => {
    render(<CampaignMonitor campaign={campaign} />, { wrapper: MantineProvider })
  })
}

const hours = (zone: string) => ({
  days: [1, 2, 3, 4, 5],
  from: '09:00',
  to: '18:00',
  zone,
})
const policy = sampleDraft().policy

beforeEach(() => {
  useStore.setState(initialState())
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
})

describe('waiting for sending hours', () => {
  const waiting = sending(
    { policy: { ...policy, sendingHours: hours('Europe/Moscow') } },
    { waitingUntil: moscow('2030-01-07T09:00') },
  )

  it('says calmly when sending resumes, in English', async () => {
    vi.stubEnv('TZ', 'Europe/Moscow')
    await show(waiting)
    const notice = screen.getByTestId('waiting-notice')
    expect(notice.textContent).toBe('Waiting for sending hours — resumes on Monday at 09:00.')
    expect(notice.getAttribute('role')).toBe('note')
    expect(screen.queryByTestId('progress-eta')).toBeNull()
  })

  it('shows each account waiting with the campaign, not sending', async () => {
    const share = { sent: 0, failed: 0, uncertain: 0, stopped: null, detail: null }
    await show({
      ...waiting,
      accountIds: [2, 3],
      progress: {
        ...waiting.progress,
        accounts: [
          { accountId: 2, ...share },
          { accountId: 3, ...share },
        ],
      },
    })
    expect(screen.getByTestId('account-share-2').textContent).toContain('Waiting for the hours')
    expect(screen.getByTestId('account-share-2').textContent).not.toContain('Sending')
  })

  it('says it in Russian, with this computer’s clock when it reads differently', async () => {
    vi.stubEnv('TZ', 'Europe/Berlin')
    await show(waiting, 'ru')
    expect(screen.getByTestId('waiting-notice').textContent).toBe(
      'Вне часов отправки: рассылка продолжится в понедельник в 09:00 по времени Europe/Moscow (на этом компьютере — в понедельник в 07:00).',
    )
  })

  it('names the hours’ zone in English too', async () => {
    vi.stubEnv('TZ', 'Europe/Berlin')
    await show(waiting)
    expect(screen.getByTestId('waiting-notice').textContent).toBe(
      'Waiting for sending hours — resumes on Monday at 09:00, Europe/Moscow time (on Monday at 07:00 on this computer).',
    )
  })

  it('shows no notice while the campaign may send', async () => {
    await show(sending())
    expect(screen.queryByTestId('waiting-notice')).toBeNull()
  })
})

describe('a campaign spread over time', () => {
  const spread = (paceMs: number) =>
    sending(
      { policy: { ...policy, spreadMs: 24 * 3_600_000 }, finishBy: moscow('2030-01-08T18:00') },
      { paceMs, accounts: [] },
    )

  it('shows the derived pace and the planned end, and that it is on track', async () => {
    vi.stubEnv('TZ', 'Europe/Moscow')
    await show(spread(43_000))
    expect(screen.getByTestId('spread-pace').textContent).toBe(
      'About 1 email every 43 seconds to finish by 18:00 on Tuesday. On track.',
    )
  })

  it('says in Russian when the limits will not let it make the end', async () => {
    vi.stubEnv('TZ', 'Europe/Moscow')
    await show(spread(20_000), 'ru', [sampleAccount({ id: 2, hourlyCap: 100 })])
    expect(screen.getByTestId('spread-pace').textContent).toBe(
      'Пауза между письмами — примерно 20 секунд, чтобы закончить к 18:00 во вторник. Не успевает: при таком темпе нужно около 180 писем в час, а часовые лимиты позволяют 100. Последние письма могут уйти позже намеченного.',
    )
  })
})

describe('a campaign sent through several accounts', () => {
  const three = sending(
    { accountIds: [2, 3, 4] },
    {
      accounts: [
        { accountId: 2, sent: 30, failed: 1, uncertain: 0, stopped: null, detail: null },
        {
          accountId: 3,
          sent: 4,
          failed: 0,
          uncertain: 1,
          stopped: 'account',
          detail: '535 5.7.8 Authentication failed',
        },
        { accountId: 4, sent: 6, failed: 0, uncertain: 0, stopped: null, detail: null },
      ],
    },
  )

  it('shows each account’s share and the one that stopped, with the server’s words', async () => {
    await show(three)
    const table = screen.getByTestId('account-shares')
    const stopped = within(table).getByTestId('account-share-3')
    expect(stopped.textContent).toContain('Backup')
    expect(stopped.textContent).toContain('Stopped: the server refused the login')
    expect(stopped.textContent).toContain('535 5.7.8 Authentication failed')
    expect(within(table).getByTestId('account-share-2').textContent).toBe('Work mail3010Sending')
    expect(screen.getByTestId('stopped-accounts').textContent).toContain(
      '“Backup” stopped sending this campaign; the other accounts go on.',
    )
  })

  it('says so in Russian', async () => {
    await show(three, 'ru')
    expect(screen.getByTestId('account-share-3').textContent).toContain(
      'Остановлена: сервер не принял вход',
    )
    expect(screen.getByTestId('stopped-accounts').textContent).toContain(
      '«Backup» больше не отправляет эту рассылку; остальные учётные записи продолжают.',
    )
  })

  it('has no table for one account', async () => {
    await show(sending())
    expect(screen.queryByTestId('account-shares')).toBeNull()
    expect(screen.queryByTestId('stopped-accounts')).toBeNull()
  })

  it('leaves the notice to the pause once every account stopped', async () => {
    const all = three.progress.accounts.map((a) => ({ ...a, stopped: 'sender' as const }))
    await show({
      ...three,
      status: 'paused',
      statusReason: 'sender',
      progress: { ...three.progress, accounts: all },
    })
    expect(screen.queryByTestId('stopped-accounts')).toBeNull()
    expect(screen.getByTestId('account-share-4').textContent).toContain(
      'Stopped: the server refused the sender address',
    )
    expect(screen.getByTestId('pause-reason')).toBeTruthy()
  })
})

describe('pause reasons', () => {
  it('words self-protection, with the engine’s counts', async () => {
    await show(
      sending({
        status: 'paused',
        statusReason: 'protection',
        statusDetail: '12 of 200 recent sends refused for good',
      }),
      'ru',
    )
    const banner = screen.getByTestId('pause-reason')
    expect(banner.textContent).toContain('чтобы защитить вашу репутацию отправителя')
    expect(banner.textContent).toContain('12 of 200 recent sends refused for good')
  })

  it('keeps a reason it has no words for neutral', async () => {
    await show(sending({ status: 'paused', statusReason: 'something-new', statusDetail: null }))
    expect(screen.getByTestId('pause-reason').textContent).toBe('Paused.')
  })
})

describe('a scheduled campaign', () => {
  it('opens without controls that do not apply and without error', async () => {
    const draft = sampleDraft()
    await show(
      sampleDraft({
        status: 'scheduled',
        statusReason: 'missed',
        schedule: { at: NOW + 3_600_000, zone: 'Europe/Moscow', missedStart: 'ask' },
        progress: { ...draft.progress, status: 'scheduled', waitingUntil: NOW + 60_000 },
      }),
    )
    expect(screen.getByTestId('campaign-status').textContent).toBe('Scheduled')
    for (const id of ['pause', 'resume', 'cancel', 'pause-reason', 'waiting-notice'])
      expect(screen.queryByTestId(id)).toBeNull()
  })
})

describe('failed sends', () => {
  const refused = {
    id: 11,
    email: 'vera@example.com',
    state: 'failed' as const,
    attempts: 1,
    nextAttemptAt: 0,
    lastCode: 550,
    lastEnhanced: '5.7.1',
    lastResponse: '550 5.7.1 Rejected',
    messageId: '<a@b>',
    updatedAt: NOW,
    accountId: 2,
  }

  async function showWithFailed(campaign: Campaign) {
    await initI18n('en')
    setOutboxClient(
      fakeOutbox({
        'accounts.list': ok(accounts),
        'campaigns.activity': ok({ perMinute: [], timeline: [] }),
        'deliveries.list': (input) =>
          ok((input as { state: string }).state === 'failed' ? [refused] : [])(),
        'deliveries.page': ok({ total: 0, items: [] }),
      }).client,
    )
    useStore.setState({ accounts: { list: accounts, loaded: true, error: null } })
    await act(async () => {
      render(<CampaignMonitor campaign={campaign} />, { wrapper: MantineProvider })
    })
    return screen.findByTestId('failed-row')
  }

  it('can be sent again while the campaign lives, only cleared once it is cancelled', async () => {
    const live = await showWithFailed(sending({}, { failed: 1 }))
    expect(within(live).queryByTestId('retry')).not.toBeNull()
    expect(within(live).queryByTestId('clear')).not.toBeNull()
    document.body.innerHTML = ''
    const cancelled = await showWithFailed(
      sending({ status: 'cancelled' }, { status: 'cancelled', failed: 1 }),
    )
    expect(within(cancelled).queryByTestId('retry')).toBeNull()
    expect(within(cancelled).queryByTestId('clear')).not.toBeNull()
  })
})
