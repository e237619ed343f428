/**
 * One block in the sheet: its buttons and its view. Memoised, so typing in one block redraws
 * that block alone; it becomes the active one when anything in it gets the focus or a click.
 */
import { memo, useRef, type SyntheticEvent } from 'react'
import type { Block, ColumnBlock } from '@shared/letter/design'
import { duplicateBlock, moveBlock, removeBlock } from '@shared/letter/edit/designOps'
import { BlockControls } from './blocks/BlockControls'
import { ButtonView } from './blocks/ButtonView'
import { ColumnsView } from './blocks/ColumnsView'
import { ImageView } from './blocks/ImageView'
import { DividerView, SpacerView } from './blocks/SpacerViews'
import { BodyTextView, HeadingView } from './blocks/TextViews'
import { useOps } from './contexts'
import { focusLater } from './focusLater'

export interface BlockRowProps {
  block: Block | ColumnBlock
  /** The column the block is in, if it is in one. */
  side?: 0 | 1
  index: number
  count: number
  active: boolean
  /** Only a row of columns gets it, for the blocks inside; the others would redraw for nothing. */
  activeId?: string | null
}

export const BlockRow = memo(function BlockRow({
  block,
  side,
  index,
  count,
  active,
  activeId,
}: BlockRowProps) {
  const { change, activate } = useOps()
  const row = useRef<HTMLDivElement>(null)
  const id = block.id

  // Only for events of this block, not of a block inside its columns.
  const enter = (e: SyntheticEvent) => {
    const target = e.target as Element
    if (row.current?.contains(target) && target.closest('[data-block-id]') === row.current) {
      activate(id)
    }
  }

  const remove = () => {
    const here = row.current
    const neighbour = (step: 'nextElementSibling' | 'previousElementSibling') => {
      let node = here?.[step]
      while (node && !(node instanceof HTMLElement && node.dataset.blockId)) node = node[step]
      return node as HTMLElement | null
    }
    const next = neighbour('nextElementSibling') ?? neighbour('previousElementSibling')
    const list = here?.parentElement
    if (change((d) => removeBlock(d, id)).ok) {
      focusLater(() => next ?? list?.querySelector<HTMLElement>('[data-add-block]'))
    }
  }

  return (
    <div
      ref={row}
      className="outbox-block"
      data-block-id={id}
      data-block-type={block.type}
      data-active={active}
      tabIndex={-1}
      onFocus={enter}
      onMouseDown={enter}
    >
      <BlockControls
        kind={block.type}
        side={side}
        index={index}
        count={count}
        onMove={(delta) => change((d) => moveBlock(d, id, delta))}
        onDuplicate={() => change((d) => duplicateBlock(d, id))}
        onRemove={remove}
      />
      <BlockView block={block} active={active} activeId={activeId ?? null} />
    </div>
  )
})

function BlockView({
  block,
  active,
  activeId,
}: {
  block: Block | ColumnBlock
  active: boolean
  activeId: string | null
}) {
  switch (block.type) {
    case 'heading':
      return <HeadingView block={block} active={active} />
    case 'text':
    case 'footer':
      return <BodyTextView block={block} active={active} />
    case 'button':
      return <ButtonView block={block} active={active} />
    case 'image':
      return <ImageView block={block} active={active} />
    case 'divider':
      return <DividerView />
    case 'spacer':
      return <SpacerView block={block} active={active} />
    case 'columns':
      return <ColumnsView block={block} activeId={activeId} />
  }
}
