import { useEffect, useRef, useState } from 'react'
import { systemClock } from '@shared/clock'
import { Throttle } from '@shared/throttle'

/**
 * A counter that follows a fast-changing value at most once per `everyMs`: progress arrives
 * up to ten times a second, but lists and charts need not reload that often.
 */
export function useThrottledVersion(value: unknown, everyMs: number): number {
  const [version, setVersion] = useState(0)
  const pace = useRef<Throttle | null>(null)
  pace.current ??= new Throttle(systemClock, everyMs, () => setVersion((v) => v + 1))
  useEffect(() => {
    pace.current!.schedule()
  }, [value])
  useEffect(() => () => pace.current!.cancel(), [])
  return version
}
