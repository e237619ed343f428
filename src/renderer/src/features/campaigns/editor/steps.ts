/** The editor's steps, in the order a new user goes: recipients → message → sending → preview. */
export type Step = 'recipients' | 'message' | 'sending' | 'preview'
export const STEPS: readonly Step[] = ['recipients', 'message', 'sending', 'preview']
