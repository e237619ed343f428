/** No network holds sending; it is polled on the injected clock and acted on only on a change. */
import { describe, expect, it, vi } from 'vitest'
import { FakeClock } from '@test/support/fakeClock'
import { NETWORK_POLL_MS, NetworkWatch } from './networkWatch'

function setUp(initially: boolean) {
  const state = { online: initially }
  const engine = { hold: vi.fn(async () => {}), release: vi.fn(async () => {}) }
  const clock = new FakeClock()
  const watch = new NetworkWatch(() => state.online, engine, clock)
  return { state, engine, clock, watch }
}

describe('NetworkWatch', () => {
  it('holds at once when the app starts offline', () => {
    const { engine } = setUp(false)
    expect(engine.hold).toHaveBeenCalledWith('offline')
  })

  it('holds and releases on the next poll after a change, once each', () => {
    const { state, engine, clock } = setUp(true)
    engine.release.mockClear() // the first look settles the state (a no-op release)
    state.online = false
    clock.advance(NETWORK_POLL_MS - 1)
    expect(engine.hold).not.toHaveBeenCalled()
    clock.advance(1)
    expect(engine.hold).toHaveBeenCalledExactlyOnceWith('offline')
    clock.advance(NETWORK_POLL_MS * 3)
    expect(engine.hold).toHaveBeenCalledOnce()
    state.online = true
    clock.advance(NETWORK_POLL_MS)
    expect(engine.release).toHaveBeenCalledExactlyOnceWith('offline')
  })

  it('check() looks at once (after waking); stop() ends the polling', () => {
    const { state, engine, clock, watch } = setUp(true)
    state.online = false
    watch.check()
    expect(engine.hold).toHaveBeenCalledOnce()
    watch.stop()
    state.online = true
    clock.advance(NETWORK_POLL_MS * 2)
    watch.check()
    expect(engine.release).toHaveBeenCalledTimes(1) // only the first look's
  })
})
