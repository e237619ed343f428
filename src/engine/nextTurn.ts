/**
 * Resolves on the event loop's next turn, after pending I/O: long work done in slices awaits
 * it between slices, so the window's commands and the sender's commits are not held up.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
