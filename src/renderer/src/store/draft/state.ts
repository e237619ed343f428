import type { z } from 'zod'
import type { CampaignContent } from '../../../../shared/contract'
import type { RootState } from '../store'

export type DraftContent = z.output<typeof CampaignContent>
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed'

/** The draft open in the editor: its bodies and files, and whether the last edit is saved. */
export interface DraftSlice {
  content: DraftContent | null
  save: SaveState
  error: { code: string; message: string; details?: unknown } | null
}

export const draftInitial: DraftSlice = { content: null, save: 'saved', error: null }

export const draftSelectors = {
  content: (s: RootState) => s.draft.content,
  save: (s: RootState) => s.draft.save,
  error: (s: RootState) => s.draft.error,
}
