/**
 * What closing the window or quitting does, as data. Decisions:
 * - Nothing sending: Windows and Linux quit when the window closes, as before.
 * - macOS: closing the window only hides it (the platform's convention: the app lives on in the
 *   dock and the menu bar until Quit); so closing never asks there. Quit (⌘Q) asks like
 *   everywhere else.
 * - Something sending: ask. "Keep sending" hides the window and the engine goes on; "Pause and
 *   quit" pauses every sending campaign through the engine, then shuts down in order; "Cancel"
 *   changes nothing.
 */
export type QuitTrigger = 'close-window' | 'quit'
export type QuitAnswer = 'keep-sending' | 'pause-and-quit' | 'cancel'

export type QuitStep =
  | { do: 'ask'; sending: number }
  | { do: 'hide-window' }
  | { do: 'pause'; campaignIds: readonly number[] }
  | { do: 'shut-down-and-quit' }

export interface QuitSituation {
  trigger: QuitTrigger
  /** Ids of the campaigns whose status is `sending` now. */
  sending: readonly number[]
  platform: NodeJS.Platform
  /** The user's answer, once asked; undefined before. */
  answer?: QuitAnswer
}

export function quitPlan(s: QuitSituation): QuitStep[] {
  if (s.trigger === 'close-window' && s.platform === 'darwin') return [{ do: 'hide-window' }]
  if (s.sending.length === 0) return [{ do: 'shut-down-and-quit' }]
  switch (s.answer) {
    case undefined:
      return [{ do: 'ask', sending: s.sending.length }]
    case 'keep-sending':
      return [{ do: 'hide-window' }]
    case 'pause-and-quit':
      return [{ do: 'pause', campaignIds: s.sending }, { do: 'shut-down-and-quit' }]
    case 'cancel':
      return []
  }
}

/** The dialog's buttons, in order; Escape and closing the dialog mean Cancel. */
export const QUIT_BUTTONS: readonly QuitAnswer[] = ['keep-sending', 'pause-and-quit', 'cancel']
export const QUIT_CANCEL_INDEX = QUIT_BUTTONS.indexOf('cancel')

export function answerOf(response: number): QuitAnswer {
  return QUIT_BUTTONS[response] ?? 'cancel'
}
