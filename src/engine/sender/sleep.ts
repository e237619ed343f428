import type { Clock } from '@shared/clock'

/** A sleep on the injected clock that `wake()` can end early (new work, or stop). */
export class Sleeper {
  private waiters = new Set<() => void>()

  constructor(private readonly clock: Clock) {}

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.clock.clearTimeout(handle)
        this.waiters.delete(done)
        resolve()
      }
      this.waiters.add(done)
      const handle = this.clock.setTimeout(done, Math.max(0, ms))
    })
  }

  wakeAll(): void {
    for (const done of [...this.waiters]) done()
  }
}
