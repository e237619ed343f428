/**
 * One block in the sheet: its view, and its buttons while it is worked on or under the mouse.
 * Memoised, so typing in one block redraws that block alone. The block itself is a Tab stop
 * named for screen readers; focus or a click anywhere in it makes it the active block.
 */
import { memo, useCallback, useRef, useState, type SyntheticEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Block, ColumnBlock } from '@shared/letter/design'
import { duplicateBlock, moveBlock, removeBlock, type Place } from '@shared/letter/edit/designOps'
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
  place: Place
  index: number
  count: number
  active: boolean
  /** Only a row of columns gets it, for the blocks inside; the others would redraw for nothing. */
  activeId?: string | null
}

const NAME_KEYS = { top: 'name', 0: 'nameLeft', 1: 'nameRight' } as const

/** How long after a press a focus counts as the press's own. */
const PRESS_MS = 1000

export const BlockRow = memo(function BlockRow({
  block,
  place,
  index,
  count,
  active,
  activeId,
}: BlockRowProps) {
  const { t } = useTranslation()
  const { change, activate } = useOps()
  const [hovered, setHovered] = useState(false)
  const row = useRef<HTMLDivElement>(null)
  const id = block.id
  const name = t(`campaigns.visual.block.${NAME_KEYS[place?.side ?? 'top']}`, {
    n: index + 1,
    kind: t(`campaigns.visual.kinds.${block.type}`),
  })

  // A press becomes the block's choice when the button is released, not before: the block
  // worked on until then folds its toolbar and settings, and the letter moving under the
  // pointer in the middle of a click would send the click elsewhere. The focus a press gives
  // is left to that, unless it lands in the text (a click there has done its work already);
  // a focus from the keyboard chooses the block at once.
  const pressedAt = useRef(-Infinity)
  const ownEvent = (e: SyntheticEvent) => {
    const target = e.target as Element
    return row.current?.contains(target) && target.closest('[data-block-id]') === row.current
  }
  const onFocus = (e: SyntheticEvent) => {
    const inText = (e.target as Element).getAttribute('role') === 'textbox'
    if (ownEvent(e) && (inText || performance.now() - pressedAt.current > PRESS_MS)) activate(id)
  }
  const onMouseUp = (e: SyntheticEvent) => {
    if (ownEvent(e)) activate(id)
  }

  const move = useCallback((delta: -1 | 1) => change((d) => moveBlock(d, id, delta)), [change, id])
  const duplicate = useCallback(() => change((d) => duplicateBlock(d, id)), [change, id])
  const remove = useCallback(() => {
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
  }, [change, id])

  return (
    <div
      ref={row}
      className="outbox-block"
      role="group"
      aria-label={name.charAt(0).toUpperCase() + name.slice(1)}
      tabIndex={0}
      data-block-id={id}
      data-block-type={block.type}
      data-active={active}
      onFocus={onFocus}
      onMouseDownCapture={() => (pressedAt.current = performance.now())}
      onMouseUp={onMouseUp}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
    >
      {(active || hovered) && (
        <BlockControls
          place={place}
          name={name}
          index={index}
          count={count}
          onMove={move}
          onDuplicate={duplicate}
          onRemove={remove}
        />
      )}
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
