/**
 * A campaign's story in the user's language: each change worded from its kind and why, the
 * server's words kept; a start, from a draft or from a schedule, is one line.
 */
import { MantineProvider } from '@mantine/core'
import { render as renderBare, screen } from '@testing-library/react'
import type { ReactElement } from 'react'
import { describe, expect, it } from 'vitest'
import { initI18n } from '@renderer/i18n'
import { CampaignTimeline } from './CampaignTimeline'

const render = (ui: ReactElement) => renderBare(ui, { wrapper: MantineProvider })

const at = Date.UTC(2030, 0, 1, 9, 0, 0)
type Entry = Parameters<typeof CampaignTimeline>[0]['entries'][number]

const entries: Entry[] = [
  {
    at,
    kind: 'campaign.sending',
    level: 'info',
    message: 'Campaign draft → sending',
    params: { from: 'draft', variant: 'draft' },
  },
  {
    at,
    kind: 'campaign.started',
    level: 'info',
    message: 'Campaign started: 2 recipients queued',
    params: { count: 2 },
  },
  {
    at: at + 60_000,
    kind: 'campaign.paused',
    level: 'warn',
    message: 'Campaign sending → paused (quota): 550 5.4.5 Daily sending quota exceeded',
    params: { from: 'sending', variant: 'quota', detail: '550 5.4.5 Daily sending quota exceeded' },
  },
  {
    at: at + 120_000,
    kind: 'campaign.sending',
    level: 'info',
    message: 'Campaign paused → sending',
    params: { from: 'paused', variant: 'paused' },
  },
]

describe('the campaign timeline', () => {
  it('tells a Russian user what happened and why, in Russian', async () => {
    const i18n = await initI18n('ru')
    await i18n.changeLanguage('ru')
    render(<CampaignTimeline entries={entries} />)
    const text = screen.getByTestId('campaign-timeline').textContent ?? ''
    // The start is one entry, "started: N queued", not also "sending began".
    expect(text).not.toContain('Отправка началась')
    expect(text).toContain('Рассылка запущена: 2 получателя в очереди')
    expect(text).toContain(
      'Приостановлена: достигнут лимит отправки учётной записи; продолжится сама',
    )
    expect(screen.getByText('550 5.4.5 Daily sending quota exceeded')).toBeTruthy()
    expect(text).toContain('Отправка продолжена')
    expect(text).not.toMatch(/Campaign|paused|sending →/)
  })
})

/** A line of the log as the engine writes it (its English message matters not here). */
const line = (
  when: number,
  kind: string,
  params: Entry['params'],
  level: Entry['level'] = 'info',
): Entry => ({ at: when, kind, level, message: kind, params })

const moscow = (time: string) => ({ at: `2030-12-03 ${time}`, zone: 'Europe/Moscow' })
const startedAt = Date.UTC(2030, 11, 3, 8, 34)

/** Planned on 1 January 2030 for 3 December, moved to 11:30, started 4 minutes late. */
const scheduledStory: Entry[] = [
  line(at, 'campaign.scheduled', { from: 'draft', variant: 'draft', ...moscow('09:00') }),
  line(at + 60_000, 'campaign.scheduled', {
    from: 'scheduled',
    variant: 'scheduled',
    ...moscow('11:30'),
  }),
  line(startedAt, 'campaign.sending', { from: 'scheduled', variant: 'scheduled' }),
  line(startedAt, 'campaign.started', { count: 5 }),
  line(
    startedAt,
    'campaign.startedLate',
    { variant: 'appClosed', minutes: 4, ...moscow('11:30') },
    'warn',
  ),
]

/** Scheduled for New York, missed while closed, put back to a draft; scheduled again, refused. */
const newYork = { at: '2031-01-05 09:00', zone: 'America/New_York' }
const missedStory: Entry[] = [
  line(at, 'campaign.scheduled', { from: 'draft', variant: 'draft', ...newYork }),
  line(at + 3_600_000, 'campaign.startMissed', newYork, 'warn'),
  line(at + 7_200_000, 'campaign.draft', { from: 'scheduled', variant: 'scheduled' }),
  line(at + 8_000_000, 'campaign.scheduled', { from: 'draft', variant: 'draft', ...newYork }),
  line(at + 9_000_000, 'campaign.startFailed', { reason: 'account.deleted', name: 'Work mail' }),
]

const lines = () =>
  [...screen.getByTestId('campaign-timeline').querySelectorAll('.mantine-Timeline-item')].map(
    (item) => item.querySelector('.mantine-Timeline-itemTitle')!.textContent,
  )

/** The timeline's text in a language. */
async function told(story: Entry[], language: 'en' | 'ru') {
  const i18n = await initI18n(language)
  await i18n.changeLanguage(language)
  render(<CampaignTimeline entries={story} />)
  return screen.getByTestId('campaign-timeline').textContent ?? ''
}

describe('a scheduled campaign’s timeline', () => {
  it('says when it was planned, moved and started, once, in English', async () => {
    const text = await told(scheduledStory, 'en')
    expect(lines()).toEqual([
      'Campaign scheduled',
      'Campaign scheduled',
      'Campaign started',
      'Started late',
    ])
    for (const said of [
      'Scheduled to start Tue, Dec 3, 09:00 (Europe/Moscow)',
      'Start moved to Tue, Dec 3, 11:30 (Europe/Moscow)',
      'Campaign started: 5 recipients queued',
      'Started 4 min late: Outbox was closed at the scheduled time (Tue, Dec 3, 11:30, Europe/Moscow)',
    ])
      expect(text).toContain(said)
    expect(text).not.toContain('Sending started')
  })

  it('in Russian, with a missed start and a return to a draft', async () => {
    const text = await told([...scheduledStory, ...missedStory], 'ru')
    for (const said of [
      'Запуск запланирован: вт, 3 дек., 09:00 (Europe/Moscow)',
      'Запуск перенесён: теперь вт, 3 дек., 11:30 (Europe/Moscow)',
      'Рассылка запущена: 5 получателей в очереди',
      'Запущена с опозданием на 4 мин: в назначенное время (вт, 3 дек., 11:30, Europe/Moscow) Outbox был закрыт',
      // The year is written when the line's own year is another one.
      'Назначенное время запуска (вс, 5 янв. 2031 г., 09:00, America/New York) прошло, пока Outbox был закрыт',
      'Расписание снято: рассылка снова черновик',
      // A refused start says why, from the engine's reason.
      'Рассылка не смогла запуститься в назначенное время и остаётся запланированной. Учётная запись SMTP «Work mail» удалена. Выберите для рассылки другую.',
    ])
      expect(text).toContain(said)
    expect(text).not.toContain('Отправка началась')
    expect(text).not.toMatch(/Campaign|scheduled|2030-12-03/)
  })
})
