import { useEffect, useRef, useState } from 'react'

/**
 * A counter that follows a fast-changing value at most once per `everyMs`: progress arrives
 * up to ten times a second, but lists and charts need not reload that often.
 */
export function useThrottledVersion(value: unknown, everyMs: number): number {
  const [version, setVersion] = useState(0)
  const last = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => {
    const bump = () => {
      last.current = Date.now()
      timer.current = undefined
      setVersion((v) => v + 1)
    }
    if (timer.current) return
    const wait = last.current + everyMs - Date.now()
    timer.current = setTimeout(bump, Math.max(0, wait))
  }, [value, everyMs])
  useEffect(() => () => clearTimeout(timer.current), [])
  return version
}
