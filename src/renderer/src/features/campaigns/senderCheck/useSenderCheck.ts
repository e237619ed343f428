/** Runs the sender check for the start dialog; a late answer to an earlier opening is dropped. */
import { useCallback, useRef, useState } from 'react'
import type { SenderCheck } from '@shared/contract'
import { outbox } from '@renderer/client'
import { errorOf, type ShownError } from '@renderer/store/errorOf'

export type SenderCheckState =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'done'; check: SenderCheck }
  | { status: 'failed'; error: ShownError }

export function useSenderCheck() {
  const [state, setState] = useState<SenderCheckState>({ status: 'idle' })
  const latest = useRef(0)
  const run = useCallback((id: number) => {
    const mine = ++latest.current
    setState({ status: 'checking' })
    outbox()
      .campaigns.senderCheck({ id })
      .then(
        (check) => mine === latest.current && setState({ status: 'done', check }),
        (e: unknown) =>
          mine === latest.current && setState({ status: 'failed', error: errorOf(e) }),
      )
  }, [])
  const reset = useCallback(() => {
    latest.current++
    setState({ status: 'idle' })
  }, [])
  return { state, run, reset }
}
