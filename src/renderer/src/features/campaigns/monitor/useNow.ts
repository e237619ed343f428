import { useEffect, useState } from 'react'

/** The time, renewed every `everyMs`: enough for "today" to turn into "tomorrow" on an open page. */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [everyMs])
  return now
}
