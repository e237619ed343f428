/**
 * Undo and redo for a value that is replaced as a whole (the letter's design): the past, the
 * present and the undone future, bounded so a long session does not hold every version.
 * Steps that share a key in a row (typing in one field) count as one step.
 */
export interface History<T> {
  readonly past: readonly T[]
  readonly present: T
  readonly future: readonly T[]
  /** The key of the last recorded step, if the next one with the same key may join it. */
  readonly key: string | null
}

/** Enough to walk back through a working session; each entry shares unchanged blocks. */
export const HISTORY_LIMIT = 100

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], key: null }
}

/**
 * A new present. With the same non-null key as the step before, it replaces that step instead
 * of adding one; any new step forgets the undone future.
 */
export function record<T>(
  history: History<T>,
  next: T,
  key: string | null = null,
  limit = HISTORY_LIMIT,
): History<T> {
  if (next === history.present) return history
  if (key !== null && key === history.key) {
    return { past: history.past, present: next, future: [], key }
  }
  const past = [...history.past, history.present]
  return { past: past.slice(Math.max(0, past.length - limit)), present: next, future: [], key }
}

export const canUndo = (history: History<unknown>): boolean => history.past.length > 0
export const canRedo = (history: History<unknown>): boolean => history.future.length > 0

export function undo<T>(history: History<T>): History<T> {
  if (!canUndo(history)) return history
  return {
    past: history.past.slice(0, -1),
    present: history.past[history.past.length - 1]!,
    future: [history.present, ...history.future],
    key: null,
  }
}

export function redo<T>(history: History<T>): History<T> {
  if (!canRedo(history)) return history
  return {
    past: [...history.past, history.present],
    present: history.future[0]!,
    future: history.future.slice(1),
    key: null,
  }
}
