/** Changes one block's fields through the letter's checked change. */
import { useCallback } from 'react'
import type { Block, BlockType } from '@shared/letter/design'
import { updateBlock } from '@shared/letter/edit/designOps'
import { useOps } from '../contexts'
import type { Outcome } from '../useLetterState'

export type BlockOf<T extends BlockType> = Extract<Block, { type: T }>

export function useBlockUpdate<T extends BlockType>(id: string, type: T) {
  const { change } = useOps()
  return useCallback(
    /** `key` joins repeated changes of one field (typing) into one undo step. */
    (patch: Partial<BlockOf<T>>, key?: string): Outcome =>
      change(
        (design) => updateBlock<BlockOf<T>>(design, id, type, (b) => ({ ...b, ...patch })),
        key === undefined ? undefined : `${id}:${key}`,
      ),
    [change, id, type],
  )
}
