import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { LOST_AFTER_MS, startEventBridge } from './eventBridge'
import { engineSelectors } from './store/engine/state'
import { initialState, useStore } from './store/store'
import { fakeOutbox } from './test/fakeOutbox'

const connection = () => engineSelectors.connection(useStore.getState())
const beat = (seq: number) => ({
  name: 'engine.heartbeat' as const,
  payload: { seq, at: seq, uptimeMs: seq },
})

describe('the event bridge watchdog', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    useStore.setState(initialState())
  })
  afterEach(() => vi.useRealTimers())

  it('says "lost" when no heartbeat comes at all', () => {
    const stop = startEventBridge(fakeOutbox().client)
    vi.advanceTimersByTime(LOST_AFTER_MS - 1)
    expect(connection()).toBe('connecting')
    vi.advanceTimersByTime(1)
    expect(connection()).toBe('lost')
    stop()
  })

  it('stays live while beats come, goes lost when they stop, and recovers', () => {
    const { client, emit } = fakeOutbox()
    const stop = startEventBridge(client)
    for (let i = 0; i < 10; i++) {
      emit(beat(i))
      vi.advanceTimersByTime(1000)
    }
    expect(connection()).toBe('live')
    vi.advanceTimersByTime(LOST_AFTER_MS)
    expect(connection()).toBe('lost')
    emit(beat(11))
    expect(connection()).toBe('live')
    stop()
  })

  it('stops listening when stopped', () => {
    const { client, emit } = fakeOutbox()
    startEventBridge(client)()
    emit(beat(1))
    vi.advanceTimersByTime(LOST_AFTER_MS * 2)
    expect(connection()).toBe('connecting')
    expect(useStore.getState().engine.beatsReceived).toBe(0)
  })
})

describe('the event bridge and the desktop shell', () => {
  beforeEach(() => useStore.setState(initialState()))

  it('opens the campaign a clicked notification names', () => {
    const { client, emit } = fakeOutbox()
    const stop = startEventBridge(client)
    useStore.setState({ ui: { screen: 'inbox', campaignId: null } })
    emit({ name: 'app.open', payload: { screen: 'campaigns', campaignId: 7 } })
    expect(useStore.getState().ui).toEqual({ screen: 'campaigns', campaignId: 7 })
    emit({ name: 'app.open', payload: { screen: 'settings', campaignId: null } })
    expect(useStore.getState().ui).toEqual({ screen: 'settings', campaignId: null })
    stop()
  })
})
