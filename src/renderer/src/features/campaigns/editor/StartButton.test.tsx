/**
 * Start on a long list: the engine checks every recipient and queues them in slices, which
 * takes a moment; the window says what the spinning button is doing, in English and Russian.
 */
import { MantineProvider } from '@mantine/core'
import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import type { Preflight } from '@shared/contract'
import type { Envelope } from '@shared/types'
import { setOutboxClient } from '@renderer/client'
import { initI18n } from '@renderer/i18n'
import { campaignReceived } from '@renderer/store/campaigns/actions'
import { useStore } from '@renderer/store/store'
import { sampleAccount } from '@renderer/test/accounts'
import { sampleDraft } from '@renderer/test/campaigns'
import { fakeOutbox } from '@renderer/test/fakeOutbox'
import { StartButton } from './StartButton'

const wrapper = ({ children }: { children: ReactNode }) => (
  <MantineProvider env="test">{children}</MantineProvider>
)

/** A reply the test gives when it chooses. */
function held<T>() {
  let give: (value: T) => void = () => {}
  const reply = () =>
    new Promise<Envelope<T>>((resolve) => (give = (value) => resolve({ ok: true, value })))
  return { reply: reply as never, give: (value: T) => give(value) }
}

describe('the start button on a long list', () => {
  it.each([
    [
      'en',
      'Checking the message for 100,000 recipients…',
      'Checking and queueing 100,000 recipients…',
    ],
    [
      'ru',
      'Проверяем письмо для всех получателей (100 000)…',
      'Проверяем и ставим в очередь всех получателей (100 000)…',
    ],
  ] as const)(
    'says the check and the queueing are running (%s)',
    async (language, checking, queueing) => {
      const i18n = await initI18n(language)
      await i18n.changeLanguage(language)
      const preflight = held<Preflight>()
      const start = held<unknown>()
      const draft = sampleDraft({ recipients: 100_000 })
      setOutboxClient(
        fakeOutbox({ 'campaigns.preflight': preflight.reply, 'campaigns.start': start.reply })
          .client,
      )
      useStore.setState({ accounts: { list: [sampleAccount()], loaded: true, error: null } })
      campaignReceived(draft)
      await act(async () => {
        render(<StartButton campaign={draft} onShowStep={() => {}} />, { wrapper })
      })

      await userEvent.click(screen.getByTestId('start'))
      expect((await screen.findByTestId('start-checking')).textContent.replace(/\s/g, ' ')).toBe(
        checking,
      )
      await act(async () =>
        preflight.give({ ok: true, recipients: 100_000, errors: [], warnings: [] }),
      )
      expect(screen.queryByTestId('start-checking')).toBeNull()

      await userEvent.click(await screen.findByTestId('start-confirm-button'))
      expect((await screen.findByTestId('start-queueing')).textContent.replace(/\s/g, ' ')).toBe(
        queueing,
      )
      await act(async () => start.give(sampleDraft({ recipients: 100_000, status: 'sending' })))
      expect(screen.queryByTestId('start-queueing')).toBeNull()
    },
  )
})
