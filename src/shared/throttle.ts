/**
 * Runs `work` at most once per `intervalMs`: the first call at once, later ones folded into one
 * trailing run. The engine pushes progress up to 10 times a second per campaign; rebuilding a
 * tray menu that often would flicker and waste the CPU.
 */
import type { Clock } from './clock'

export class Throttle {
  private lastRun = -Infinity
  private timer: unknown = undefined

  constructor(
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly work: () => void,
  ) {}

  schedule(): void {
    if (this.timer !== undefined) return
    const wait = this.lastRun + this.intervalMs - this.clock.now()
    if (wait <= 0) return this.run()
    this.timer = this.clock.setTimeout(() => this.run(), wait)
  }

  /** Now, whatever the pace: a status changed and the user should see it at once. */
  flush(): void {
    this.run()
  }

  cancel(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer)
    this.timer = undefined
  }

  private run(): void {
    this.cancel()
    this.lastRun = this.clock.now()
    this.work()
  }
}
