/**
 * Counts the turns the event loop took while some work ran: a job that holds the thread gives
 * none (or one, at its end); one that yields between slices gives many.
 */
export async function eventLoopTurnsDuring<T>(work: () => Promise<T>): Promise<[T, number]> {
  let turns = 0
  let running = true
  const spin = () => {
    if (!running) return
    turns++
    setImmediate(spin)
  }
  setImmediate(spin)
  try {
    return [await work(), turns]
  } finally {
    running = false
  }
}
