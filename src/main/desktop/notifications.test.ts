import { describe, expect, it } from 'vitest'
import {
  noticeFor,
  type CampaignFacts,
  type DesktopSettings,
  type NoticeInput,
} from './notifications'
import { snapshot } from '@test/support/progressSnapshot'
import { shellStrings } from './strings'

const all: DesktopSettings = {
  startAtLogin: false,
  keepAwake: true,
  notifyCompleted: true,
  notifyPaused: true,
  notifyAccountError: true,
}
const facts = (more: Partial<CampaignFacts> = {}): CampaignFacts => ({
  id: 1,
  name: 'Spring sale',
  status: 'paused',
  statusReason: 'quota',
  resumeAt: null,
  ...more,
})
const input = (more: Partial<NoticeInput>): NoticeInput => ({
  from: 'sending',
  snapshot: snapshot(1, 'paused', 100, 40),
  campaign: facts(),
  desktop: all,
  text: shellStrings.en,
  language: 'en',
  formatTime: () => '14:05',
  ...more,
})

describe('which status changes become a notification', () => {
  it('announces a completed campaign with its counts', () => {
    const notice = noticeFor(
      input({
        snapshot: snapshot(1, 'completed', 5000, 0, { sent: 4990, failed: 10 }),
        campaign: facts({ status: 'completed', statusReason: null }),
      }),
    )
    expect(notice).toEqual({
      campaignId: 1,
      kind: 'completed',
      title: '“Spring sale” is complete',
      body: 'Sent 4,990 of 5,000. Not delivered: 10.',
    })
  })

  it('announces a pause the engine made by itself, with why and when it resumes', () => {
    expect(noticeFor(input({ campaign: facts({ resumeAt: 1 }) }))).toEqual({
      campaignId: 1,
      kind: 'paused',
      title: '“Spring sale” paused',
      body: 'The account reached its sending limit. Sending resumes by itself at 14:05.',
    })
    const content = noticeFor(input({ campaign: facts({ statusReason: 'content' }) }))
    expect(content?.body).toBe('The server refused the message itself several times.')
    const sender = noticeFor(input({ campaign: facts({ statusReason: 'sender' }) }))
    expect(sender?.body).toBe('The server refused the sender address.')
    const protection = noticeFor(input({ campaign: facts({ statusReason: 'protection' }) }))
    expect(protection?.body).toBe(
      'Too many addresses were refused for good. Check the list before resuming.',
    )
  })

  it('announces an account failure as its own kind, under its own setting', () => {
    const notice = noticeFor(input({ campaign: facts({ statusReason: 'account' }) }))
    expect(notice).toMatchObject({
      kind: 'account',
      title: '“Spring sale” stopped: check the account',
    })
    expect(
      noticeFor(
        input({
          campaign: facts({ statusReason: 'account' }),
          desktop: { ...all, notifyAccountError: false },
        }),
      ),
    ).toBeNull()
    // Turning off "paused" notices leaves account failures on.
    expect(
      noticeFor(
        input({
          campaign: facts({ statusReason: 'account' }),
          desktop: { ...all, notifyPaused: false },
        }),
      ),
    ).not.toBeNull()
  })

  it('never announces a pause the user made', () => {
    expect(noticeFor(input({ campaign: facts({ statusReason: 'user' }) }))).toBeNull()
  })

  it('follows each setting', () => {
    const completed = {
      snapshot: snapshot(1, 'completed', 10, 0),
      campaign: facts({ status: 'completed', statusReason: null }),
    }
    expect(
      noticeFor(input({ ...completed, desktop: { ...all, notifyCompleted: false } })),
    ).toBeNull()
    expect(noticeFor(input({ desktop: { ...all, notifyPaused: false } }))).toBeNull()
  })

  it('needs a transition out of sending: repeats, starts and resumes say nothing', () => {
    expect(noticeFor(input({ from: 'paused' }))).toBeNull()
    expect(noticeFor(input({ from: undefined }))).toBeNull()
    const resumed = {
      snapshot: snapshot(1, 'sending', 10, 5),
      campaign: facts({ status: 'sending' }),
    }
    expect(noticeFor(input({ ...resumed, from: 'paused' }))).toBeNull()
    const cancelled = {
      snapshot: snapshot(1, 'cancelled', 10, 0),
      campaign: facts({ status: 'cancelled', statusReason: 'user' }),
    }
    expect(noticeFor(input(cancelled))).toBeNull()
  })

  it('drops stale news: the campaign moved on before the engine was asked why', () => {
    expect(
      noticeFor(input({ campaign: facts({ status: 'sending', statusReason: null }) })),
    ).toBeNull()
  })

  it('speaks Russian', () => {
    const notice = noticeFor(
      input({
        text: shellStrings.ru,
        language: 'ru',
        snapshot: snapshot(1, 'completed', 1500, 0),
        campaign: facts({ status: 'completed', statusReason: null }),
      }),
    )
    expect(notice?.title).toBe('«Spring sale»: отправка завершена')
    expect(notice?.body).toBe('Отправлено 1\u00a0500 из 1\u00a0500.')
  })
})
