/**
 * The Message step's preheader and link tagging: shown with their words and counts, saved like
 * every other field of a draft, and the preheader under the subject in the preview.
 */
import { MantineProvider } from '@mantine/core'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Campaign, PreviewResult } from '@shared/contract'
import { setOutboxClient } from '@renderer/client'
import { initI18n } from '@renderer/i18n'
import { campaignReceived } from '@renderer/store/campaigns/actions'
import { draftOpened, draftSaved } from '@renderer/store/draft/actions'
import { initialState, useStore } from '@renderer/store/store'
import { sampleContent, sampleDraft } from '@renderer/test/campaigns'
import { fakeOutbox } from '@renderer/test/fakeOutbox'
import { ok } from '@renderer/test/openScreen'
import { MessageStep } from './MessageStep'
import { PreviewStep } from './PreviewStep'
import { TemplateProblem } from './TemplateProblem'

const campaign = sampleDraft({ name: 'Spring sale 2025', subject: 'Hi {{name}}' })
const content = sampleContent({ html: '<p>Hi {{name}}</p>', generatedText: 'Hi {{name}}' })

/** An engine that keeps what the window saves, and says what it was asked to save. */
function engine(extra: Parameters<typeof fakeOutbox>[0] = {}) {
  let stored = { ...campaign }
  const outbox = fakeOutbox({
    'campaigns.content': ok(content),
    'campaigns.update': (input) => {
      const patch = { ...(input as Partial<Campaign>) }
      stored = { ...stored, ...patch }
      return { ok: true, value: stored }
    },
    ...extra,
  })
  const updates = () =>
    outbox.invoke.mock.calls
      .filter(([channel]) => channel === 'campaigns.update')
      .map(([, input]) => input)
  return { ...outbox, updates }
}

async function openMessageStep(outbox: ReturnType<typeof engine>, language: 'en' | 'ru' = 'en') {
  const i18n = await initI18n(language)
  await i18n.changeLanguage(language)
  setOutboxClient(outbox.client)
  campaignReceived(campaign)
  await draftOpened(campaign.id)
  const Step = () => {
    const current = useStore((s) => s.campaigns.list?.find((c) => c.id === campaign.id))!
    const draft = useStore((s) => s.draft.content)!
    return <MessageStep campaign={current} content={draft} />
  }
  await act(async () => {
    render(<Step />, { wrapper: MantineProvider })
  })
}

const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } })

beforeEach(() => useStore.setState(initialState()))
// An edit a test left unsaved must not reach the next test's engine.
afterEach(() => draftSaved())

describe('the preheader field', () => {
  it('sits under the subject, counts its characters against what shows well, and is saved', async () => {
    const outbox = engine()
    await openMessageStep(outbox)
    const input = screen.getByLabelText('Preheader') as HTMLInputElement
    const subject = screen.getByTestId('campaign-subject')
    expect(subject.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(input.maxLength).toBe(500)
    expect(screen.getByTestId('preheader-count').textContent).toBe(
      '0 characters; 40–130 recommended.',
    )

    type('campaign-preheader', 'Spring offers for {{name}}, up to 30% off everything')
    expect(screen.getByTestId('preheader-count').textContent).toBe(
      '52 characters; 40–130 recommended.',
    )
    await act(() => draftSaved())
    expect(outbox.updates()).toEqual([
      { id: 7, preheader: 'Spring offers for {{name}}, up to 30% off everything' },
    ])
    expect(input.value).toBe('Spring offers for {{name}}, up to 30% off everything')
  })

  it('speaks Russian, with its plural forms', async () => {
    await openMessageStep(engine(), 'ru')
    expect(screen.getByLabelText('Текст предпросмотра')).toBeTruthy()
    type('campaign-preheader', 'Скидки для {{name}}')
    expect(screen.getByTestId('preheader-count').textContent).toBe(
      '19 символов; рекомендуем 40–130.',
    )
    type('campaign-preheader', 'Скидки для {{name}}!!')
    expect(screen.getByTestId('preheader-count').textContent).toBe('21 символ; рекомендуем 40–130.')
  })
})

describe('link tagging', () => {
  it('is off until switched on, then prefilled and saved; off again saves null and keeps what was typed', async () => {
    const outbox = engine()
    await openMessageStep(outbox)
    const toggle = screen.getByLabelText('Tag links for analytics (UTM)') as HTMLInputElement
    expect(toggle.checked).toBe(false)
    expect(screen.queryByTestId('utm-source')).toBeNull()

    await act(async () => fireEvent.click(toggle))
    const value = (id: string) => (screen.getByTestId(id) as HTMLInputElement).value
    expect([value('utm-source'), value('utm-medium'), value('utm-campaign')]).toEqual([
      'newsletter',
      'email',
      'spring-sale-2025',
    ])
    type('utm-campaign', 'spring-{{segment}}')
    await act(() => draftSaved())
    expect(outbox.updates()).toEqual([
      {
        id: 7,
        linkTagging: { source: 'newsletter', medium: 'email', campaign: 'spring-{{segment}}' },
      },
    ])

    await act(async () => fireEvent.click(toggle))
    expect(screen.queryByTestId('utm-source')).toBeNull()
    await act(() => draftSaved())
    expect(outbox.updates().at(-1)).toEqual({ id: 7, linkTagging: null })

    await act(async () => fireEvent.click(toggle))
    expect(value('utm-campaign')).toBe('spring-{{segment}}')
  })

  it('speaks Russian', async () => {
    await openMessageStep(engine(), 'ru')
    expect(screen.getByLabelText('Пометить ссылки для аналитики (UTM)')).toBeTruthy()
  })
})

describe('the preview', () => {
  it('shows the preheader under the subject, as the inbox does', async () => {
    const preview: PreviewResult = {
      recipient: { id: 1, row: 1, email: 'ann@example.test', data: { name: 'Ann' } },
      error: null,
      subject: 'Hi Ann',
      preheader: 'Spring offers for Ann',
      html: '<body><div style="display:none">Spring offers for Ann</div><p>Hi Ann</p></body>',
      text: 'Hi Ann',
      headers: [],
      attachments: [],
    }
    const outbox = engine({
      'campaigns.recipients': ok({ total: 1, items: [preview.recipient] }),
      'campaigns.preview': ok(preview),
    })
    const i18n = await initI18n('en')
    await i18n.changeLanguage('en')
    setOutboxClient(outbox.client)
    await act(async () => {
      render(<PreviewStep campaign={{ ...campaign, preheader: 'Spring offers for {{name}}' }} />, {
        wrapper: MantineProvider,
      })
    })
    await waitFor(() => expect(screen.getByTestId('preview-preheader')).toBeTruthy())
    const subject = screen.getByTestId('preview-subject')
    const line = screen.getByTestId('preview-preheader')
    expect([subject.textContent, line.textContent]).toEqual(['Hi Ann', 'Spring offers for Ann'])
    expect(subject.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })
})

describe('a template problem in them', () => {
  it('names the part in Russian', async () => {
    const i18n = await initI18n('ru')
    await i18n.changeLanguage('ru')
    const missing = (part: string) => ({
      message: `Missing variable "segment" in ${part}`,
      reason: 'template.missingVariable',
      params: { part, variable: 'segment', line: 1, column: 8 },
    })
    render(
      <>
        <TemplateProblem problem={missing('preheader')} />
        <TemplateProblem problem={missing('linkTagging')} />
      </>,
      { wrapper: MantineProvider },
    )
    expect(screen.getAllByTestId('template-problem').map((p) => p.textContent)).toEqual([
      'Шаблон (текст предпросмотра, строка 1, позиция 8) использует «segment», а у этого получателя такого значения нет.',
      'Шаблон (UTM-метки ссылок, строка 1, позиция 8) использует «segment», а у этого получателя такого значения нет.',
    ])
  })
})
