import { describe, expect, it } from 'vitest'
import { answerOf, QUIT_CANCEL_INDEX, quitPlan, type QuitSituation } from './quitPlan'

const plan = (s: Partial<QuitSituation>) =>
  quitPlan({ trigger: 'quit', sending: [], platform: 'linux', ...s })

describe('quitPlan', () => {
  describe.each(['linux', 'win32'] as const)('on %s', (platform) => {
    it('quits as before when nothing sends, whether the window closes or Quit is chosen', () => {
      expect(plan({ platform, trigger: 'close-window' })).toEqual([{ do: 'shut-down-and-quit' }])
      expect(plan({ platform, trigger: 'quit' })).toEqual([{ do: 'shut-down-and-quit' }])
    })

    it('asks when a campaign sends, saying how many', () => {
      expect(plan({ platform, trigger: 'close-window', sending: [4, 9] })).toEqual([
        { do: 'ask', sending: 2 },
      ])
      expect(plan({ platform, trigger: 'quit', sending: [4] })).toEqual([{ do: 'ask', sending: 1 }])
    })

    it('keeps sending in the tray: the window hides, nothing stops', () => {
      expect(plan({ platform, sending: [4], answer: 'keep-sending' })).toEqual([
        { do: 'hide-window' },
      ])
    })

    it('pauses every sending campaign, then shuts down in order', () => {
      expect(plan({ platform, sending: [4, 9], answer: 'pause-and-quit' })).toEqual([
        { do: 'pause', campaignIds: [4, 9] },
        { do: 'shut-down-and-quit' },
      ])
    })

    it('does nothing on Cancel', () => {
      expect(plan({ platform, sending: [4], answer: 'cancel' })).toEqual([])
    })
  })

  describe('on macOS', () => {
    it('only hides the window when it closes, sending or not, and never asks for it', () => {
      expect(plan({ platform: 'darwin', trigger: 'close-window' })).toEqual([{ do: 'hide-window' }])
      expect(plan({ platform: 'darwin', trigger: 'close-window', sending: [1] })).toEqual([
        { do: 'hide-window' },
      ])
    })

    it('asks on Quit (⌘Q, the menu, the menu bar icon) like elsewhere', () => {
      expect(plan({ platform: 'darwin', sending: [1] })).toEqual([{ do: 'ask', sending: 1 }])
      expect(plan({ platform: 'darwin' })).toEqual([{ do: 'shut-down-and-quit' }])
      expect(plan({ platform: 'darwin', sending: [1], answer: 'pause-and-quit' })).toEqual([
        { do: 'pause', campaignIds: [1] },
        { do: 'shut-down-and-quit' },
      ])
      expect(plan({ platform: 'darwin', sending: [1], answer: 'keep-sending' })).toEqual([
        { do: 'hide-window' },
      ])
      expect(plan({ platform: 'darwin', sending: [1], answer: 'cancel' })).toEqual([])
    })
  })

  it('reads the dialog: button order, and Escape or an unknown answer as Cancel', () => {
    expect(answerOf(0)).toBe('keep-sending')
    expect(answerOf(1)).toBe('pause-and-quit')
    expect(answerOf(2)).toBe('cancel')
    expect(answerOf(QUIT_CANCEL_INDEX)).toBe('cancel')
    expect(answerOf(-1)).toBe('cancel')
    expect(answerOf(7)).toBe('cancel')
  })
})
