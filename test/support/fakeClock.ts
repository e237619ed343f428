/** A clock that moves only when the test says: timers fire in order as `advance` passes them. */
import type { Clock } from '@shared/clock'

export class FakeClock implements Clock {
  private readonly timers = new Map<number, { at: number; callback: () => void }>()
  private nextId = 1

  constructor(private t = Date.UTC(2030, 0, 1, 9, 0, 30)) {}

  now(): number {
    return this.t
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++
    this.timers.set(id, { at: this.t + Math.max(0, ms), callback })
    // A timer already due fires on the next turn, as a real one does: time need not move for it.
    // Without this, a loop that re-checks "due now" after the test's last advance waits forever.
    if (ms <= 0) setImmediate(() => this.fireIfDue(id))
    return id
  }

  private fireIfDue(id: number): void {
    const timer = this.timers.get(id)
    if (!timer || timer.at > this.t) return
    this.timers.delete(id)
    timer.callback()
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number)
  }

  /** Moves time forward by `ms`, firing every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const end = this.t + ms
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)
      if (!due.length) break
      const [id, timer] = due[0]!
      this.timers.delete(id)
      this.t = Math.max(this.t, timer.at)
      timer.callback()
    }
    this.t = end
  }

  /**
   * Moves time forward at once, then fires what fell due, each timer once: like a laptop
   * waking from sleep. Cheaper than `advance` over days of 5-second timers.
   */
  jump(ms: number): void {
    this.t += ms
    this.advance(0)
  }

  /** Moves time to `at` (never back). */
  advanceTo(at: number): void {
    this.advance(Math.max(0, at - this.t))
  }
}
