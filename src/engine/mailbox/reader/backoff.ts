/** How long the reader waits after failed reads in a row before trying again. */

const MINUTE = 60_000
export const BACKOFF_STEPS_MS = [1, 2, 5, 15, 30, 60].map((m) => m * MINUTE)

/** The wait after the n-th failure in a row (1-based): 1, 2, 5, 15, 30, then 60 minutes. */
export function backoffMs(failures: number): number {
  const step = Math.min(Math.max(failures, 1), BACKOFF_STEPS_MS.length) - 1
  return BACKOFF_STEPS_MS[step]!
}
