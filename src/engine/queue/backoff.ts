/**
 * When to try a recipient again: the campaign's backoff doubled after each failed attempt,
 * capped, with "equal jitter" (half fixed, half random) so that many recipients that failed
 * together do not all come back in the same second. The random source is injected for tests.
 */
export const MAX_BACKOFF_MS = 60 * 60 * 1000

export function retryDelayMs(
  baseMs: number,
  attemptsMade: number,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, attemptsMade - 1))
  const half = exponential / 2
  return Math.round(half + random() * half)
}
