/** The log in the user's language: each line worded from its kind and params, not the engine's English. */
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { fakeOutbox } from '../../test/fakeOutbox'
import { ok, openScreen } from '../../test/openScreen'

let nextId = 100
const line = (kind: string, message: string, params: object, more: object = {}) => ({
  id: nextId--,
  at: Date.UTC(2030, 0, 1, 9, 0, 0),
  level: 'info',
  kind,
  campaignId: null,
  campaign: null,
  email: null,
  message,
  params,
  smtpCode: null,
  smtpResponse: null,
  ...more,
})

const lines = [
  line(
    'delivery.uncertain',
    'Campaign email uncertain: the app stopped while it was being handed over',
    { variant: 'appStopped' },
    { email: 'ann@example.com', level: 'warn' },
  ),
  line(
    'campaign.paused',
    'Campaign sending → paused (account): 535 5.7.8 Authentication credentials invalid',
    { from: 'sending', variant: 'account', detail: '535 5.7.8 Authentication credentials invalid' },
  ),
  line(
    'delivery.retrying',
    'Campaign email will be retried (attempt 1 of 3): 451 4.3.0 Try again later',
    { attempt: 1, maxAttempts: 3 },
    { email: 'bob@example.com', smtpCode: 451, smtpResponse: '451 4.3.0 Try again later' },
  ),
  line('campaign.started', 'Campaign started: 300000 recipients queued', { count: 300_000 }),
  line(
    'delivery.failed',
    'Campaign email failed: Template error in the HTML body: Parse error on line 2: …',
    {
      variant: 'template',
      reason: 'template.syntax',
      part: 'html',
      line: 2,
      column: 11,
      fragment: '...<p>Dear {{name</p>\n-----------^',
    },
    { email: 'eve@example.com', level: 'error' },
  ),
  line('engine.newKind', 'Something this window has never heard of', { any: 1 }),
]

async function openLog(language: 'en' | 'ru') {
  const opened = await openScreen(
    'log',
    fakeOutbox({ 'log.list': ok(lines), 'campaigns.list': ok([]) }),
    language,
  )
  const rows = await screen.findAllByTestId('log-row')
  return { ...opened, rows: rows.map((r) => r.textContent ?? '') }
}

describe('the log screen', () => {
  it('words every known line in Russian, the server’s words and the parser’s excerpt kept', async () => {
    const { rows, stop } = await openLog('ru')
    expect(rows[0]).toContain(
      'ann@example.com: Письмо под вопросом: программа остановилась во время передачи письма',
    )
    expect(rows[1]).toContain('Приостановлена: учётная запись SMTP требует внимания')
    expect(rows[1]).toContain('535 5.7.8 Authentication credentials invalid')
    expect(rows[2]).toContain('Попытка 1 из 3 не удалась, будет ещё одна')
    expect(rows[2]).toContain('451 4.3.0 Try again later')
    // A long list's count is grouped as the language writes numbers (a no-break space in Russian).
    expect(rows[3]).toContain('Рассылка запущена: 300\u00a0000 получателей в очереди')
    expect(rows[4]).toContain('Письмо не доставлено: его не удалось собрать.')
    expect(rows[4]).toContain('Шаблон (письмо, строка 2, позиция 11) записан с ошибкой')
    expect(
      within(screen.getAllByTestId('log-row')[4]!).getByTestId('technical-fragment').textContent,
    ).toBe('...<p>Dear {{name</p>\n-----------^')
    // None of the engine's English sentences reach a Russian reader for a known kind.
    for (const row of rows.slice(0, 5)) expect(row).not.toMatch(/Campaign|email|retried/)
    // An unknown kind: the engine's English message is all there is.
    expect(rows[5]).toContain('Something this window has never heard of')
    stop()
  })

  it.each([
    ['ru', 'Весна (удалена)'],
    ['en', 'Весна (deleted)'],
  ] as const)(
    'names each line’s campaign, a deleted one as it was called (%s)',
    async (language, deleted) => {
      const named = [
        line(
          'campaign.deleted',
          'Campaign "Весна" deleted',
          { name: 'Весна' },
          {
            campaignId: 9,
            campaign: { name: 'Весна', deleted: true },
          },
        ),
        line(
          'campaign.started',
          'Campaign started: 5 recipients queued',
          { count: 5 },
          {
            campaignId: 10,
            campaign: { name: 'Осень', deleted: false },
          },
        ),
      ]
      const { stop } = await openScreen(
        'log',
        fakeOutbox({ 'log.list': ok(named), 'campaigns.list': ok([]) }),
        language,
      )
      const rows = (await screen.findAllByTestId('log-row')).map((r) => r.textContent ?? '')
      expect(rows[0]).toContain(deleted)
      expect(rows[1]).toContain('Осень')
      expect(rows[1]).not.toMatch(/удалена|deleted|#10/)
      stop()
    },
  )

  it('words the same lines in English from their kinds too', async () => {
    const { rows, stop } = await openLog('en')
    expect(rows[0]).toContain('Email uncertain: the app stopped while the message was being')
    expect(rows[3]).toContain('Campaign started: 300,000 recipients queued')
    stop()
  })
})
