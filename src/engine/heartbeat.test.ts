import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EventMessage } from '@shared/types'
import { systemClock } from '@shared/clock'
import { EngineEvents } from './events'
import { startHeartbeat } from './heartbeat'

describe('heartbeat', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }))
  afterEach(() => vi.useRealTimers())

  it('beats at once and then every interval, with a growing seq and uptime', () => {
    const events = new EngineEvents()
    const seen: EventMessage[] = []
    events.subscribe((m) => seen.push(m))
    const stop = startHeartbeat(events, systemClock, 1000)
    vi.advanceTimersByTime(2500)
    stop()
    expect(seen).toEqual([
      { name: 'engine.heartbeat', payload: { seq: 0, at: 1_000_000, uptimeMs: 0 } },
      { name: 'engine.heartbeat', payload: { seq: 1, at: 1_001_000, uptimeMs: 1000 } },
      { name: 'engine.heartbeat', payload: { seq: 2, at: 1_002_000, uptimeMs: 2000 } },
    ])
  })

  it('stops beating when stopped', () => {
    const events = new EngineEvents()
    const listener = vi.fn()
    events.subscribe(listener)
    const stop = startHeartbeat(events, systemClock, 1000)
    stop()
    vi.advanceTimersByTime(10_000)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('keeps beating for the other subscribers when one throws', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const events = new EngineEvents()
    const good = vi.fn()
    events.subscribe(() => {
      throw new Error('window closed')
    })
    events.subscribe(good)
    const stop = startHeartbeat(events, systemClock, 1000)
    vi.advanceTimersByTime(1000)
    stop()
    expect(good).toHaveBeenCalledTimes(2)
  })
})
