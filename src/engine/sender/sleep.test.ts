import { describe, expect, it } from 'vitest'
import { FakeClock } from '@test/support/fakeClock'
import { Sleeper } from './sleep'

/** Settles `p` within the current turn of the event loop, or says it is still pending. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false
  void p.then(() => (done = true))
  await new Promise((resolve) => setImmediate(resolve))
  return done
}

describe('Sleeper', () => {
  it('ends a sleep at its time on the clock, or at a wake-up', async () => {
    const clock = new FakeClock()
    const sleeper = new Sleeper(clock)
    const timed = sleeper.sleep(1000)
    expect(await settled(timed)).toBe(false)
    clock.advance(1000)
    expect(await settled(timed)).toBe(true)

    const woken = sleeper.sleep(60_000)
    sleeper.wakeAll()
    expect(await settled(woken)).toBe(true)
  })

  it('does not sleep through a wake-up that came after the mark, before the sleep began', async () => {
    const clock = new FakeClock()
    const sleeper = new Sleeper(clock)
    const looked = sleeper.mark()
    sleeper.wakeAll() // new work announced while the caller was still looking
    expect(await settled(sleeper.sleep(60_000, looked))).toBe(true)

    const quiet = sleeper.mark()
    expect(await settled(sleeper.sleep(60_000, quiet))).toBe(false)
  })
})
