/**
 * A block's own buttons: up, down, duplicate, delete. Always in the Tab order (shown on hover
 * or focus); after a move the focus stays on the button pressed, so a keyboard user can press
 * it again.
 */
import { ActionIcon, Group } from '@mantine/core'
import { useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { BlockType } from '@shared/letter/design'

export interface BlockControlsProps {
  kind: BlockType
  /** The column the block is in, if it is in one. */
  side?: 0 | 1
  index: number
  count: number
  onMove: (delta: -1 | 1) => void
  onDuplicate: () => void
  onRemove: () => void
}

export function BlockControls({
  kind,
  side,
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
  const name = side === undefined ? 'name' : side === 0 ? 'nameLeft' : 'nameRight'
  const words = {
    block: t(`campaigns.visual.block.${name}`, {
      n: index + 1,
      kind: t(`campaigns.visual.kinds.${kind}`),
    }),
  }

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
        ⧉
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
    </Group>
  )
}
