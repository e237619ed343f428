import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setOutboxClient } from '../../client'
import { sampleContent, sampleDraft } from '@renderer/test/campaigns'
import { fakeOutbox } from '../../test/fakeOutbox'
import { campaignReceived } from '../campaigns/actions'
import { initialState, useStore } from '../store'
import {
  SAVE_AFTER_MS,
  draftContentReceived,
  draftEdited,
  draftOpened,
  draftSaved,
} from './actions'

const campaign = sampleDraft()
const content = sampleContent()

function engine() {
  let stored = { ...campaign }
  return fakeOutbox({
    'campaigns.get': () => ({ ok: true, value: stored }),
    'campaigns.content': () => ({ ok: true, value: content }),
    'campaigns.update': (input) => {
      const patch = { ...(input as { name?: string; subject?: string }) }
      delete (patch as { id?: number }).id
      if (patch.subject === '') {
        return { ok: false, error: { code: 'invalid_input', message: 'A subject is needed' } }
      }
      stored = { ...stored, ...patch }
      return { ok: true, value: stored }
    },
  })
}

beforeEach(() => {
  useStore.setState(initialState())
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

describe('editing a draft', () => {
  it('shows each edit at once and saves a burst of edits as one update', async () => {
    const outbox = engine()
    setOutboxClient(outbox.client)
    campaignReceived(campaign)
    await draftOpened(7)
    draftEdited(7, { name: 'Spring sale' })
    draftEdited(7, { subject: 'Hello {{name}}' })
    expect(useStore.getState().campaigns.list![0]!.name).toBe('Spring sale')
    expect(useStore.getState().draft.save).toBe('pending')
    expect(outbox.invoke).not.toHaveBeenCalledWith('campaigns.update', expect.anything())

    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    await draftSaved()
    const updates = outbox.invoke.mock.calls.filter(([channel]) => channel === 'campaigns.update')
    expect(updates).toEqual([
      ['campaigns.update', { id: 7, name: 'Spring sale', subject: 'Hello {{name}}' }],
    ])
    expect(useStore.getState().draft.save).toBe('saved')
  })

  it('saves at once when something needs the saved state, and reports a refused save', async () => {
    const outbox = engine()
    setOutboxClient(outbox.client)
    campaignReceived(campaign)
    await draftOpened(7)
    draftEdited(7, { subject: '' })
    await draftSaved()
    expect(outbox.invoke).toHaveBeenCalledWith('campaigns.update', { id: 7, subject: '' })
    expect(useStore.getState().draft).toMatchObject({
      save: 'failed',
      error: { code: 'invalid_input', message: 'A subject is needed' },
    })
  })

  it('keeps edits not saved yet when an image upload brings the engine’s older letter', async () => {
    const outbox = engine()
    setOutboxClient(outbox.client)
    campaignReceived(campaign)
    await draftOpened(7)
    draftEdited(7, { html: '<p>typed just now</p>' })
    // The engine answers an image upload with the content it has saved: the old HTML.
    draftContentReceived({
      ...content,
      images: [{ cid: 'logo', filename: 'logo.png', contentType: 'image/png', size: 3 }],
    })
    expect(useStore.getState().draft.content).toMatchObject({
      html: '<p>typed just now</p>',
      images: [{ cid: 'logo' }],
    })
    await draftSaved()
    expect(outbox.invoke).toHaveBeenCalledWith('campaigns.update', {
      id: 7,
      html: '<p>typed just now</p>',
    })
  })

  it('keeps words typed while a save was on its way', async () => {
    const outbox = engine()
    setOutboxClient(outbox.client)
    campaignReceived(campaign)
    await draftOpened(7)
    draftEdited(7, { subject: 'Hel' })
    const saving = draftSaved()
    draftEdited(7, { subject: 'Hello' })
    await saving
    expect(useStore.getState().campaigns.list![0]!.subject).toBe('Hello')
    await draftSaved()
    expect(useStore.getState().campaigns.list![0]!.subject).toBe('Hello')
  })

  it('shows accounts and policy at once, and keeps them over an older answer of the engine', async () => {
    const outbox = engine()
    setOutboxClient(outbox.client)
    campaignReceived(campaign)
    await draftOpened(7)
    const hours = { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', zone: 'Europe/Moscow' }
    draftEdited(7, { accountIds: [3, 1] })
    expect(useStore.getState().campaigns.list![0]).toMatchObject({
      accountId: 3,
      accountIds: [3, 1],
    })
    const saving = draftSaved()
    const policy = { ...campaign.policy, sendingHours: hours }
    draftEdited(7, { policy })
    // The answer to the first save carries the old policy: the newer edit stays on top.
    await saving
    expect(useStore.getState().campaigns.list![0]!.policy).toEqual(policy)
    await draftSaved()
    expect(outbox.invoke).toHaveBeenCalledWith('campaigns.update', { id: 7, policy })
  })
})
