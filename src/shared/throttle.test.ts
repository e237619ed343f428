import { describe, expect, it, vi } from 'vitest'
import { FakeClock } from '@test/support/fakeClock'
import { Throttle } from './throttle'

describe('Throttle', () => {
  it('runs at once, then at most once per interval however fast calls come', () => {
    const clock = new FakeClock()
    const start = clock.now()
    const runs: number[] = []
    const t = new Throttle(clock, 1000, () => runs.push(clock.now() - start))
    t.schedule()
    expect(runs).toEqual([0])
    // The engine's pace: ten pushes a second, for two seconds.
    for (let i = 0; i < 20; i++) {
      clock.advance(100)
      t.schedule()
    }
    clock.advance(5000)
    // The last push (at 2000 ms) still gets its trailing run, then nothing more.
    expect(runs).toEqual([0, 1000, 2000, 3000])
  })

  it('runs a trailing call once the interval has passed', () => {
    const clock = new FakeClock()
    const work = vi.fn()
    const t = new Throttle(clock, 1000, work)
    t.schedule()
    clock.advance(300)
    t.schedule()
    t.schedule()
    clock.advance(699)
    expect(work).toHaveBeenCalledTimes(1)
    clock.advance(1)
    expect(work).toHaveBeenCalledTimes(2)
  })

  it('flushes at once and drops the pending trailing run', () => {
    const clock = new FakeClock()
    const work = vi.fn()
    const t = new Throttle(clock, 1000, work)
    t.schedule()
    clock.advance(100)
    t.schedule()
    t.flush()
    expect(work).toHaveBeenCalledTimes(2)
    clock.advance(2000)
    expect(work).toHaveBeenCalledTimes(2)
  })

  it('runs nothing after cancel', () => {
    const clock = new FakeClock()
    const work = vi.fn()
    const t = new Throttle(clock, 1000, work)
    t.schedule()
    t.schedule()
    clock.advance(10)
    t.schedule()
    t.cancel()
    clock.advance(2000)
    expect(work).toHaveBeenCalledTimes(1)
  })
})
