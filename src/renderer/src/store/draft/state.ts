import type { CampaignContent } from '@shared/contract'

export type DraftContent = CampaignContent
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed'

/** The draft open in the editor: its bodies and files, and whether the last edit is saved. */
export interface DraftSlice {
  content: DraftContent | null
  save: SaveState
  error: { code: string; message: string; details?: unknown } | null
}

/** What the selectors read: the slice alone, so the slice never imports the store. */
type Reads = { draft: DraftSlice }

export const draftInitial: DraftSlice = { content: null, save: 'saved', error: null }

export const draftSelectors = {
  content: (s: Reads) => s.draft.content,
  save: (s: Reads) => s.draft.save,
  error: (s: Reads) => s.draft.error,
}
