import { beforeEach, describe, expect, it } from 'vitest'
import { setOutboxClient } from '../../client'
import { fakeOutbox } from '../../test/fakeOutbox'
import { fail, ok } from '../../test/openScreen'
import { initialState, useStore } from '../store'
import { campaignOpened, placeRestored, screenOpened } from './actions'
import { recallPlace } from './remember'

beforeEach(() => {
  localStorage.clear()
  useStore.setState(initialState())
})

describe('the window reopens where it was', () => {
  it('remembers the last screen and the open campaign', () => {
    screenOpened('log')
    expect(recallPlace()).toEqual({ screen: 'log', campaignId: null })
    campaignOpened(12)
    expect(recallPlace()).toEqual({ screen: 'campaigns', campaignId: 12 })
  })

  it('ignores what it cannot use', () => {
    for (const raw of ['{', '"log"', '{"screen":"gone"}', 'null']) {
      localStorage.setItem('outbox.lastPlace', raw)
      expect(recallPlace(), raw).toBeNull()
    }
    localStorage.setItem('outbox.lastPlace', '{"screen":"log","campaignId":3}')
    expect(recallPlace()).toEqual({ screen: 'log', campaignId: null })
  })

  it('reopens a campaign that still exists', async () => {
    campaignOpened(12)
    useStore.setState(initialState())
    setOutboxClient(fakeOutbox({ 'campaigns.get': ok({ id: 12 }) }).client)
    await placeRestored()
    expect(useStore.getState().ui).toEqual({ screen: 'campaigns', campaignId: 12 })
  })

  it('opens the list when the campaign was deleted meanwhile', async () => {
    campaignOpened(12)
    useStore.setState(initialState())
    setOutboxClient(fakeOutbox({ 'campaigns.get': fail('not_found', 'No campaign 12') }).client)
    await placeRestored()
    expect(useStore.getState().ui).toEqual({ screen: 'campaigns', campaignId: null })
  })

  it('reopens another screen at once', async () => {
    screenOpened('settings')
    useStore.setState(initialState())
    await placeRestored()
    expect(useStore.getState().ui.screen).toBe('settings')
  })
})
