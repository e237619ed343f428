/** Sleep holds sending at once; waking releases it after a short settle; a lock does nothing. */
import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { FakeClock } from '@test/support/fakeClock'
import { RESUME_SETTLE_MS, SleepWatch } from './sleepWatch'

function setUp() {
  const power = new EventEmitter()
  const engine = { hold: vi.fn(async () => {}), release: vi.fn(async () => {}) }
  const clock = new FakeClock()
  const onWake = vi.fn()
  const watch = new SleepWatch(power, engine, clock, onWake)
  return { power, engine, clock, onWake, watch }
}

describe('SleepWatch', () => {
  it('holds on suspend and releases a moment after resume', () => {
    const { power, engine, clock, onWake } = setUp()
    power.emit('suspend')
    expect(engine.hold).toHaveBeenCalledWith('suspend')
    power.emit('resume')
    expect(onWake).toHaveBeenCalledOnce()
    clock.advance(RESUME_SETTLE_MS - 1)
    expect(engine.release).not.toHaveBeenCalled()
    clock.advance(1)
    expect(engine.release).toHaveBeenCalledWith('suspend')
  })

  it('asleep again before the settle: the release never comes', () => {
    const { power, engine, clock } = setUp()
    power.emit('suspend')
    power.emit('resume')
    clock.advance(1000)
    power.emit('suspend')
    clock.advance(RESUME_SETTLE_MS * 2)
    expect(engine.release).not.toHaveBeenCalled()
    expect(engine.hold).toHaveBeenCalledTimes(2)
  })

  it('a locked screen is not sleep', () => {
    const { power, engine } = setUp()
    power.emit('lock-screen')
    power.emit('unlock-screen')
    expect(engine.hold).not.toHaveBeenCalled()
    expect(engine.release).not.toHaveBeenCalled()
  })

  it('stop() removes its listeners and a pending release', () => {
    const { power, engine, clock, watch } = setUp()
    power.emit('suspend')
    power.emit('resume')
    watch.stop()
    clock.advance(RESUME_SETTLE_MS)
    power.emit('suspend')
    expect(engine.release).not.toHaveBeenCalled()
    expect(engine.hold).toHaveBeenCalledOnce()
    expect(power.listenerCount('suspend') + power.listenerCount('resume')).toBe(0)
  })
})
