/**
 * The letter being edited with its undo history. Every change is checked against the letter's
 * schema before it is kept and reported: a change the schema refuses is dropped and its
 * problem returned, so the caller never receives a design it could not save.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { LetterDesign } from '@shared/letter/design'
import {
  canRedo,
  canUndo,
  record,
  redo,
  startHistory,
  undo,
  type History,
} from '@shared/letter/edit/history'

/** Why a change was refused, in the schema's words (the path shows where). */
export type Refusal = { ok: false; problem: string }
export type Outcome = { ok: true } | Refusal

export interface LetterState {
  design: LetterDesign
  canUndo: boolean
  canRedo: boolean
  /** Makes a change; `key` joins it with the step before that had the same key (typing). */
  change: (make: (design: LetterDesign) => LetterDesign, key?: string) => Outcome
  undo: () => void
  redo: () => void
}

const sameLetter = (a: LetterDesign, b: LetterDesign) =>
  a === b || JSON.stringify(a) === JSON.stringify(b)

export function useLetterState(
  given: LetterDesign,
  onChange: (design: LetterDesign) => void,
): LetterState {
  const [history, setHistory] = useState(() => startHistory(given))
  // The latest history and callback, so the functions below stay the same for the whole life
  // of the editor and no memoised block redraws because of them.
  const latest = useRef(history)
  const report = useRef(onChange)
  useEffect(() => {
    report.current = onChange
  }, [onChange])

  const keep = useCallback((next: History<LetterDesign>, tell: boolean) => {
    if (next === latest.current) return
    latest.current = next
    setHistory(next)
    if (tell) report.current(next.present)
  }, [])

  // A design from elsewhere (a reload, another campaign's letter) replaces the one here, and
  // its history; the caller handing back what it was given changes nothing.
  useEffect(() => {
    if (!sameLetter(given, latest.current.present)) keep(startHistory(given), false)
  }, [given, keep])

  const change = useCallback(
    (make: (design: LetterDesign) => LetterDesign, key?: string): Outcome => {
      const current = latest.current
      const next = make(current.present)
      if (next === current.present) return { ok: true }
      const checked = LetterDesign.safeParse(next)
      if (!checked.success) {
        const issue = checked.error.issues[0]
        return { ok: false, problem: issue ? issue.message : 'invalid' }
      }
      keep(record(current, next, key ?? null), true)
      return { ok: true }
    },
    [keep],
  )
  const undoStep = useCallback(() => keep(undo(latest.current), true), [keep])
  const redoStep = useCallback(() => keep(redo(latest.current), true), [keep])

  return useMemo(
    () => ({
      design: history.present,
      canUndo: canUndo(history),
      canRedo: canRedo(history),
      change,
      undo: undoStep,
      redo: redoStep,
    }),
    [history, change, undoStep, redoStep],
  )
}
