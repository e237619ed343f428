/**
 * A settings field's own text while it is being typed: a value the letter cannot hold yet (an
 * empty label, a half-typed link) stays here with its error and is not sent on; a value that
 * is kept becomes the block's. A new value from outside (undo) replaces the draft.
 */
import { useState } from 'react'

export type Kept = { kept: string } | { error: string }

interface Draft {
  text: string
  error: string | null
  /** The block's value the draft started from or last kept. */
  base: string
}

export function useDraft(value: string, keep: (text: string) => Kept) {
  const [draft, setDraft] = useState<Draft>({ text: value, error: null, base: value })
  let current = draft
  if (value !== draft.base) {
    current = { text: value, error: null, base: value }
    setDraft(current)
  }
  const onChange = (text: string) => {
    const result = keep(text)
    setDraft(
      'kept' in result
        ? { text, error: null, base: result.kept }
        : { text, error: result.error, base: current.base },
    )
  }
  return { text: current.text, error: current.error, onChange }
}
