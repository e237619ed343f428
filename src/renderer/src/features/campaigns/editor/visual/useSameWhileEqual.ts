/**
 * Keeps a value the same object while its key stays the same: a caller that passes a new
 * array of the same images or names on every render does not redraw every block.
 */
import { useState } from 'react'

export function useSameWhileEqual<T>(value: T, key: string): T {
  const [kept, setKept] = useState({ key, value })
  if (kept.key !== key) {
    setKept({ key, value })
    return value
  }
  return kept.value
}
