/**
 * A block's own buttons: up, down, duplicate, delete, and “Add a block below”. Shown for the
 * block being worked on (or under the mouse), right after it in the Tab order; after a move
 * the focus stays on the button pressed, so a keyboard user can press it again.
 */
import { ActionIcon, Group } from '@mantine/core'
import { memo, useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Place } from '@shared/letter/edit/designOps'
import { AddBlockMenu } from '../AddBlockMenu'
import { DuplicateIcon } from '../icons'

export interface BlockControlsProps {
  place: Place
  /** The block's name for screen readers: “block 3 (Heading)”. */
  name: string
  index: number
  count: number
  onMove: (delta: -1 | 1) => void
  onDuplicate: () => void
  onRemove: () => void
}

/** Memoised: typing in the block does not redraw its buttons. */
export const BlockControls = memo(function BlockControls({
  place,
  name,
  index,
  count,
  onMove,
  onDuplicate,
  onRemove,
}: BlockControlsProps) {
  const { t } = useTranslation()
  const up = useRef<HTMLButtonElement>(null)
  const down = useRef<HTMLButtonElement>(null)
  const moved = useRef<-1 | 1 | null>(null)
  const words = { block: name }

  // The row was moved in the page, which can take the focus away: give it back.
  useLayoutEffect(() => {
    if (moved.current === null) return
    const wanted = moved.current === -1 ? up.current : down.current
    const other = moved.current === -1 ? down.current : up.current
    moved.current = null
    ;(wanted && !wanted.disabled ? wanted : other)?.focus()
  }, [index])

  const move = (delta: -1 | 1) => {
    moved.current = delta
    onMove(delta)
  }

  return (
    <Group gap={0} className="outbox-controls" data-testid="block-controls">
      <ActionIcon
        ref={up}
        variant="subtle"
        color="gray"
        disabled={index === 0}
        aria-label={t('campaigns.visual.block.moveUp', words)}
        onClick={() => move(-1)}
        data-testid="block-up"
      >
        ↑
      </ActionIcon>
      <ActionIcon
        ref={down}
        variant="subtle"
        color="gray"
        disabled={index === count - 1}
        aria-label={t('campaigns.visual.block.moveDown', words)}
        onClick={() => move(1)}
        data-testid="block-down"
      >
        ↓
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={t('campaigns.visual.block.duplicate', words)}
        onClick={onDuplicate}
        data-testid="block-duplicate"
      >
        <DuplicateIcon />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="red"
        aria-label={t('campaigns.visual.block.remove', words)}
        onClick={onRemove}
        data-testid="block-remove"
      >
        ✕
      </ActionIcon>
      <AddBlockMenu place={place} index={index + 1} variant="below" />
    </Group>
  )
})
