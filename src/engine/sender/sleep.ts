import type { Clock } from '@shared/clock'

/** A sleep on the injected clock that `wake()` can end early (new work, or stop). */
export class Sleeper {
  private waiters = new Set<() => void>()
  /** Counts wake-ups, so a caller can tell one came while it was not yet asleep. */
  private wakes = 0

  constructor(private readonly clock: Clock) {}

  /** A mark to pass to `sleep` when the decision to sleep is taken before the sleep starts. */
  mark(): number {
    return this.wakes
  }

  /**
   * Sleeps `ms`, or not at all when a wake-up came after `since` (a mark): the caller looked
   * for work through an asynchronous commit, and new work may have been announced meanwhile.
   */
  sleep(ms: number, since = this.wakes): Promise<void> {
    if (since !== this.wakes) return Promise.resolve()
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
    this.wakes++
    for (const done of [...this.waiters]) done()
  }
}
