/**
 * No network holds sending. Electron's main process can ask (`net.isOnline()`) but is not told,
 * so the answer is polled; a send cut by the hold uses no attempt, where a send left to fail
 * on a dead network would. `isOnline()` false is reliable; true may be optimistic (a virtual
 * adapter), which costs no more than today: sends fail and retry as usual.
 */
import type { Clock } from '@shared/clock'
import type { Holder } from './sleepWatch'

export const NETWORK_POLL_MS = 5_000

export class NetworkWatch {
  private online: boolean | null = null
  private timer: unknown = null
  private stopped = false

  constructor(
    private readonly isOnline: () => boolean,
    private readonly engine: Holder,
    private readonly clock: Clock,
    private readonly pollMs = NETWORK_POLL_MS,
  ) {
    this.check()
    this.schedule()
  }

  /** Looks now (also after waking from sleep); holds or releases on a change. */
  check(): void {
    if (this.stopped) return
    const online = this.isOnline()
    if (online === this.online) return
    this.online = online
    void (online ? this.engine.release('offline') : this.engine.hold('offline'))
  }

  stop(): void {
    this.stopped = true
    this.clock.clearTimeout(this.timer)
  }

  private schedule(): void {
    this.timer = this.clock.setTimeout(() => {
      this.check()
      if (!this.stopped) this.schedule()
    }, this.pollMs)
  }
}
