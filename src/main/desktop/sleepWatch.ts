/**
 * The computer's sleep holds sending: 'suspend' holds at once (in-flight sends get a short
 * grace), 'resume' releases after a short settle, so the network has a moment to come back
 * before the first send. A screen lock is not sleep: mail goes on behind a locked screen.
 */
import type { Clock } from '@shared/clock'
import type { Hold } from '@engine/holds'

/** How long after waking before sending goes on (Wi-Fi usually reconnects within seconds). */
export const RESUME_SETTLE_MS = 5_000

export interface PowerEvents {
  on(event: 'suspend' | 'resume', listener: () => void): unknown
  off(event: 'suspend' | 'resume', listener: () => void): unknown
}

export interface Holder {
  hold(reason: Hold): Promise<void>
  release(reason: Hold): Promise<void>
}

export class SleepWatch {
  private pendingRelease: unknown = null

  constructor(
    private readonly power: PowerEvents,
    private readonly engine: Holder,
    private readonly clock: Clock,
    /** Called on waking, before the release: the network's state may have changed. */
    private readonly onWake: () => void = () => {},
  ) {
    power.on('suspend', this.suspend)
    power.on('resume', this.resume)
  }

  stop(): void {
    this.power.off('suspend', this.suspend)
    this.power.off('resume', this.resume)
    this.clock.clearTimeout(this.pendingRelease)
  }

  private readonly suspend = (): void => {
    this.clock.clearTimeout(this.pendingRelease) // asleep again before the settle was over
    this.pendingRelease = null
    void this.engine.hold('suspend')
  }

  private readonly resume = (): void => {
    this.onWake()
    this.clock.clearTimeout(this.pendingRelease)
    this.pendingRelease = this.clock.setTimeout(() => {
      this.pendingRelease = null
      void this.engine.release('suspend')
    }, RESUME_SETTLE_MS)
  }
}
