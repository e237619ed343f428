import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { InboxItem, InboxMail } from '../../store/inbox/state'
import { fakeOutbox } from '../../test/fakeOutbox'
import { ok, openScreen } from '../../test/openScreen'

const summary = (id: number, subject: string): InboxItem => ({
  id,
  receivedAt: Date.UTC(2026, 2, 5, 10, id),
  from: 'ann@example.com',
  to: [`r${id}@example.org`],
  subject,
  messageId: `<m${id}@example.com>`,
  size: 2048,
})

const message: InboxMail = {
  ...summary(1, 'Spring sale'),
  headerFrom: 'Ann <ann@example.com>',
  headerTo: 'r1@example.org',
  date: Date.UTC(2026, 2, 5, 10, 1),
  headers: [
    { key: 'subject', line: 'Subject: Spring sale' },
    { key: 'x-mailer', line: 'X-Mailer: Outbox' },
  ],
  html: '<p>Hello</p><img src="cid:logo">',
  text: 'Hello',
  attachments: [
    {
      filename: 'logo.png',
      contentType: 'image/png',
      size: 3,
      cid: 'logo',
      inline: true,
      dataBase64: 'AAAA',
    },
  ],
}

describe('the test inbox screen', () => {
  it('explains what it is for when empty', async () => {
    const { stop } = await openScreen('inbox', fakeOutbox({ 'inbox.list': ok([]) }))
    expect((await screen.findByTestId('inbox-empty')).textContent).toContain(
      'nothing leaves your computer',
    )
    stop()
  })

  it('adds a message at the top the moment inbox.received arrives', async () => {
    const { emit, stop } = await openScreen(
      'inbox',
      fakeOutbox({ 'inbox.list': ok([summary(1, 'Spring sale')]) }),
    )
    await screen.findByTestId('inbox-row-1')
    act(() => emit({ name: 'inbox.received', payload: summary(2, 'Second wave') }))
    const rows = await screen.findAllByTestId(/^inbox-row-/)
    expect(rows.map((r) => r.dataset.testid)).toEqual(['inbox-row-2', 'inbox-row-1'])
    expect(rows[0]!.textContent).toContain('Second wave')
    stop()
  })

  it('opens a message in a frame with no permissions, CID images inlined, and its headers', async () => {
    const { invoke, stop } = await openScreen(
      'inbox',
      fakeOutbox({ 'inbox.list': ok([summary(1, 'Spring sale')]), 'inbox.get': ok(message) }),
    )
    await userEvent.click(await screen.findByRole('button', { name: 'Open message: Spring sale' }))
    const frame = await screen.findByTestId('inbox-message-frame')
    expect(invoke).toHaveBeenCalledWith('inbox.get', { id: 1 })
    expect(frame.getAttribute('sandbox')).toBe('')
    const doc = frame.getAttribute('srcdoc')!
    expect(doc).toContain('src="data:image/png;base64,AAAA"')
    expect(doc).toContain('img-src data:;')
    await userEvent.click(screen.getByTestId('inbox-remote-images'))
    expect(screen.getByTestId('inbox-message-frame').getAttribute('srcdoc')).toContain(
      'img-src data: https: http:',
    )
    expect(within(screen.getByTestId('inbox-attachments')).getByText('inline')).toBeTruthy()
    await userEvent.click(screen.getByRole('tab', { name: 'Headers' }))
    expect(screen.getByTestId('inbox-message-headers').textContent).toContain('X-Mailer: Outbox')
    stop()
  })

  it('clears the inbox after asking', async () => {
    const { invoke, stop } = await openScreen(
      'inbox',
      fakeOutbox({
        'inbox.list': ok([summary(1, 'Spring sale')]),
        'inbox.clear': ok({ count: 1 }),
      }),
    )
    await userEvent.click(await screen.findByTestId('inbox-clear'))
    await userEvent.click(await screen.findByTestId('inbox-clear-confirm'))
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('inbox.clear', undefined))
    expect(await screen.findByTestId('inbox-empty')).toBeTruthy()
    stop()
  })
})
