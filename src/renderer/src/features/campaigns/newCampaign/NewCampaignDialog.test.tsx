/** A new campaign starts with a question: which letter. Starters, own templates, or HTML. */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { STARTERS } from '@shared/letter/starters'
import { sampleAccount } from '@renderer/test/accounts'
import { fakeOutbox } from '@renderer/test/fakeOutbox'
import { ok, openScreen } from '@renderer/test/openScreen'

const kept = { id: 4, name: 'Spring sale', subject: 'Sale', visual: true, images: 2, createdAt: 0 }

async function openDialog(language: 'en' | 'ru') {
  const opened = await openScreen(
    'campaigns',
    fakeOutbox({
      'campaigns.list': ok([]),
      'accounts.list': ok([sampleAccount()]),
      'templates.list': ok([kept]),
      'templates.delete': ok({ count: 1 }),
      // The window opens whatever comes back; its shape does not matter here.
      'campaigns.create': () => ({ ok: false, error: { code: 'internal', message: 'stop here' } }),
      'templates.use': () => ({ ok: false, error: { code: 'internal', message: 'stop here' } }),
    }),
    language,
  )
  await userEvent.click(await screen.findByTestId('campaign-first'))
  await screen.findByTestId('own-template')
  return opened
}

const calls = (invoke: ReturnType<typeof fakeOutbox>['invoke'], channel: string) =>
  invoke.mock.calls.filter(([c]) => c === channel).map(([, input]) => input)

describe('the new campaign dialog', () => {
  it('offers the five starters in Russian and makes a visual letter in Russian from the one chosen', async () => {
    const { invoke, stop } = await openDialog('ru')
    for (const name of ['Новостная рассылка', 'Акция', 'Анонс', 'Приглашение', 'Личное письмо'])
      expect(screen.getByText(name)).toBeTruthy()
    await userEvent.click(screen.getByTestId('starter-promotion'))
    await waitFor(() => expect(calls(invoke, 'campaigns.create')).toHaveLength(1))
    expect(calls(invoke, 'campaigns.create')[0]).toMatchObject({
      subject: 'Предложение до воскресенья',
      design: STARTERS.promotion.ru,
      accountId: sampleAccount().id,
    })
    stop()
  })

  it('uses or deletes one of the user’s templates, and still lets an expert write HTML', async () => {
    const { invoke, stop } = await openDialog('en')
    expect(screen.getByTestId('own-template').textContent).toContain('Spring sale')
    expect(screen.getByTestId('own-template').textContent).toContain('2 images')
    await userEvent.click(screen.getByTestId('template-use-4'))
    await waitFor(() => expect(calls(invoke, 'templates.use')).toHaveLength(1))
    expect(calls(invoke, 'templates.use')[0]).toMatchObject({
      id: 4,
      accountId: sampleAccount().id,
    })

    await userEvent.click(await screen.findByTestId('campaign-first'))
    await userEvent.click(await screen.findByTestId('template-delete-4'))
    await waitFor(() => expect(screen.queryByTestId('own-template')).toBeNull())
    expect(calls(invoke, 'templates.delete')).toEqual([{ id: 4 }])

    await userEvent.click(screen.getByTestId('new-html'))
    await waitFor(() => expect(calls(invoke, 'campaigns.create')).toHaveLength(1))
    expect(calls(invoke, 'campaigns.create')[0]).toMatchObject({
      html: expect.stringContaining('<h1>'),
    })
    expect(calls(invoke, 'campaigns.create')[0]).not.toHaveProperty('design')
    stop()
  })
})
