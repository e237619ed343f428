import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { OutboxError } from '@shared/errors'
import { initI18n } from '../../i18n'
import { errorOf } from '../../store/errorOf'
import { ErrorText } from './ErrorText'

describe('an engine error in the user’s language', () => {
  it('says a known reason in Russian, status included, after the round trip through the bridge', async () => {
    const i18n = await initI18n('ru')
    await i18n.changeLanguage('ru')
    const sent = new OutboxError(
      'conflict',
      'Campaign "Весна" is sending: only a draft…',
      undefined,
      {
        reason: 'campaign.notDraft',
        params: { name: 'Весна', status: 'sending' },
      },
    )
    const shown = errorOf(OutboxError.fromPayload(sent.toPayload()))
    render(<ErrorText error={shown} />)
    expect(
      screen.getByText(/^Рассылка «Весна» — Отправляется: менять можно только черновик/),
    ).toBeTruthy()
  })

  it.each([
    ['en', 'This is too large for Outbox: a file can be at most 100 MB.'],
    ['ru', 'Это слишком много для Outbox: файл может быть не больше 100 МБ.'],
  ])('says in %s that a command was too large for the host', async (language, words) => {
    const i18n = await initI18n(language as 'en' | 'ru')
    await i18n.changeLanguage(language)
    const refusal = {
      code: 'invalid_input',
      message: 'The request is too large: a file can be at most 100 MB',
      reason: 'request.tooLarge',
      params: { maxMb: 100 },
    }
    render(<ErrorText error={refusal} />)
    expect(screen.getByText(words)).toBeTruthy()
  })

  it('falls back to the engine’s sentence for a reason it has no words for', async () => {
    const i18n = await initI18n('en')
    await i18n.changeLanguage('en')
    render(
      <ErrorText error={{ code: 'conflict', message: 'Something odd', reason: 'x.unknown' }} />,
    )
    expect(screen.getByText('Something went wrong: Something odd')).toBeTruthy()
  })
})
