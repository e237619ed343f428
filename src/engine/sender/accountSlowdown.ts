/**
 * The account-level slow-down for 421 / 4.7.x / 4.4.5 (congestion): each throttle reply pauses
 * the account for a growing while and doubles the spacing between sends; a run of successes
 * earns it back.
 */
export const SLOWDOWN_BASE_PAUSE_MS = 30_000
export const SLOWDOWN_MAX_PAUSE_MS = 15 * 60_000
const SUCCESSES_TO_RECOVER = 50

export class AccountSlowdown {
  constructor(private readonly basePauseMs = SLOWDOWN_BASE_PAUSE_MS) {}

  level = 0
  until = 0
  private successes = 0

  /** A throttle reply at `now`: returns when the account may send again. */
  hit(now: number): number {
    this.level = Math.min(this.level + 1, 10)
    this.successes = 0
    this.until = now + Math.min(SLOWDOWN_MAX_PAUSE_MS, this.basePauseMs * 2 ** (this.level - 1))
    return this.until
  }

  success(): void {
    if (this.level === 0) return
    if (++this.successes >= SUCCESSES_TO_RECOVER) {
      this.level--
      this.successes = 0
    }
  }

  /**
   * Spacing after the slow-down: the campaign's delay doubled per level, from a floor of 1/30
   * of the base pause (1 s by default) so that a zero delay slows down too.
   */
  pace(delayMs: number): number {
    return this.level === 0 ? delayMs : Math.max(delayMs, this.basePauseMs / 30) * 2 ** this.level
  }
}
