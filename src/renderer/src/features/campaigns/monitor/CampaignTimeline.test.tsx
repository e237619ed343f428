/** A campaign's story in Russian: each change worded from its kind and why, the server's words kept. */
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
