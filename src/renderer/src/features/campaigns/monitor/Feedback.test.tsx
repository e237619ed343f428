/**
 * What came back from the mailbox on the campaign page: the figures with their share of the
 * sent, the replies and bounces read back (opened in the sandboxed viewer), and the recipients
 * table filtered and badged by it.
 */
import { MantineProvider } from '@mantine/core'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Campaign, Delivery, Language } from '@shared/contract'
import { setOutboxClient } from '@renderer/client'
import { initI18n } from '@renderer/i18n'
import { initialState, useStore } from '@renderer/store/store'
import { sampleAccount } from '@renderer/test/accounts'
import { sampleDraft } from '@renderer/test/campaigns'
import { fakeOutbox } from '@renderer/test/fakeOutbox'
import { sampleFeedbackMessage, sampleFeedbackView, sampleMailbox } from '@renderer/test/mailbox'
import { ok } from '@renderer/test/openScreen'
import { CampaignMonitor } from './CampaignMonitor'

const accounts = [sampleAccount({ id: 2, mailbox: sampleMailbox() })]
const feedback = { bounced: 3, softBounced: 1, replied: 8, autoReplied: 2, unsubscribed: 1 }

function completed(patch: Partial<Campaign['progress']> = {}): Campaign {
  const draft = sampleDraft()
  return sampleDraft({
    status: 'completed',
    accountId: 2,
    accountIds: [2],
    progress: {
      ...draft.progress,
      status: 'completed',
      total: 80,
      sent: 80,
      percent: 100,
      isCompleted: true,
      feedback,
      ...patch,
    },
  })
}

const delivery = (patch: Partial<Delivery> = {}): Delivery => ({
  id: 3,
  email: 'gone@example.org',
  state: 'sent',
  attempts: 1,
  nextAttemptAt: 0,
  lastCode: 250,
  lastEnhanced: '2.0.0',
  lastResponse: '250 2.0.0 Ok',
  messageId: '<abc.3@example.com>',
  updatedAt: 1,
  accountId: 2,
  feedback: { bounce: 'hard', replied: false, autoReplied: false, unsubscribed: false },
  ...patch,
})

async function show(
  campaign: Campaign,
  replies: Parameters<typeof fakeOutbox>[0] = {},
  language: Language = 'en',
) {
  const i18n = await initI18n(language)
  await i18n.changeLanguage(language)
  const outbox = fakeOutbox({
    'accounts.list': ok(accounts),
    'campaigns.activity': ok({ perMinute: [], timeline: [] }),
    'deliveries.list': ok([]),
    'deliveries.page': ok({ total: 1, items: [delivery()] }),
    'mailbox.messages': ok({ total: 1, items: [sampleFeedbackMessage()] }),
    'mailbox.get': ok(sampleFeedbackView({ html: '<p>Your message could not be delivered</p>' })),
    ...replies,
  })
  setOutboxClient(outbox.client)
  useStore.setState({ accounts: { list: accounts, loaded: true, error: null } })
  let rerender: (ui: React.ReactNode) => void = () => {}
  await act(async () => {
    ;({ rerender } = render(<CampaignMonitor campaign={campaign} />, {
      wrapper: ({ children }) => <MantineProvider env="test">{children}</MantineProvider>,
    }))
  })
  return {
    ...outbox,
    rerender: (c: Campaign) => act(async () => rerender(<CampaignMonitor campaign={c} />)),
  }
}

/** What the window asked `channel` for, last. */
const lastInput = (invoke: ReturnType<typeof fakeOutbox>['invoke'], channel: string) =>
  invoke.mock.calls.filter(([c]) => c === channel).at(-1)?.[1] as Record<string, unknown>

beforeEach(() => useStore.setState(initialState()))

// jsdom lays nothing out: the recipients table's scroll area gets a height, so rows render.
beforeAll(() =>
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 480,
  }),
)
afterAll(() => {
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight
})

describe('what came back', () => {
  it('shows each figure with its share of the sent, one decimal', async () => {
    await show(completed())
    expect(screen.getByTestId('feedback-bounced-count').textContent).toBe('3')
    expect(screen.getByTestId('feedback-bounced-rate').textContent).toBe('3.8% of sent')
    expect(screen.getByTestId('feedback-replied-rate').textContent).toBe('10.0% of sent')
    expect(screen.getByTestId('feedback-unsubscribed-rate').textContent).toBe('1.3% of sent')
    expect(screen.getByTestId('feedback-softBounced').textContent).toContain('Soft bounces')
  })

  it('says the figures in Russian', async () => {
    await show(completed(), {}, 'ru')
    expect(screen.getByTestId('feedback-bounced').textContent).toContain('Возвраты')
    expect(screen.getByTestId('feedback-bounced-rate').textContent).toBe(
      '3,8\u00a0% от отправленных',
    )
  })

  it('lists the messages read back, by kind, and reloads when the figures change', async () => {
    const { invoke, rerender } = await show(completed())
    const list = await screen.findByTestId('feedback-message-list')
    const row = within(list).getByTestId('feedback-message-row')
    expect(row.textContent).toContain('MAILER-DAEMON@mx.example.org')
    expect(row.textContent).toContain('Undelivered Mail Returned to Sender')
    expect(row.textContent).toContain('550 5.1.1 No such user')
    expect(row.textContent).toContain('This is the mail system')
    expect(within(row).getByTestId('feedback-kind').textContent).toBe('Hard bounce')
    expect(lastInput(invoke, 'mailbox.messages')).toMatchObject({ campaignId: 7, kind: null })

    await act(async () => fireEvent.click(screen.getByTestId('feedback-tab-reply')))
    await waitFor(() =>
      expect(lastInput(invoke, 'mailbox.messages')).toMatchObject({ kind: 'reply' }),
    )

    const asked = invoke.mock.calls.filter(([c]) => c === 'mailbox.messages').length
    await rerender(completed({ feedback: { ...feedback, replied: 9 } }))
    await waitFor(() =>
      expect(invoke.mock.calls.filter(([c]) => c === 'mailbox.messages').length).toBe(asked + 1),
    )
  })

  it('opens a message in a frame with no permissions, with its headers', async () => {
    const { invoke } = await show(completed())
    await act(async () => fireEvent.click(await screen.findByTestId('feedback-open')))
    const frame = await screen.findByTestId('feedback-message-frame')
    expect(frame.getAttribute('sandbox')).toBe('')
    expect(frame.getAttribute('srcdoc')).toContain("default-src 'none'")
    expect(frame.getAttribute('srcdoc')).toContain('could not be delivered')
    expect(lastInput(invoke, 'mailbox.get')).toEqual({ id: 11 })
    const message = screen.getByTestId('feedback-message')
    expect(message.textContent).toContain('550 5.1.1 No such user')
    expect(message.textContent).toContain('gone@example.org')
  })

  it('takes the user from a message to its recipient in the table', async () => {
    const { invoke } = await show(completed())
    await act(async () => fireEvent.click(await screen.findByTestId('feedback-recipient')))
    const search = screen.getByTestId('recipient-states-search') as HTMLInputElement
    expect(search.value).toBe('gone@example.org')
    await waitFor(() =>
      expect(lastInput(invoke, 'deliveries.page')).toMatchObject({ search: 'gone@example.org' }),
    )
  })
})

describe('the recipients table', () => {
  it('reads “Sent · Bounced” for a sent email that bounced', async () => {
    await show(completed())
    const badge = await screen.findByTestId('recipient-state-badge')
    expect(badge.textContent).toBe('Sent · Bounced')
  })

  it('passes the feedback filter to the engine', async () => {
    const { invoke } = await show(completed())
    await screen.findByTestId('recipient-state-badge')
    await userEvent.click(screen.getByRole('combobox', { name: 'What came back' }))
    await userEvent.click(screen.getByRole('option', { name: 'Replied' }))
    await waitFor(() =>
      expect(lastInput(invoke, 'deliveries.page')).toMatchObject({ feedback: 'replied' }),
    )
  })
})
