/**
 * “Add a block” at a place in the letter or a column: the kinds a marketer expects, each made
 * in the letter's language, then focused to type in. A column takes no columns or footer; an
 * image needs one of the campaign's images. The small “+” between blocks (for the mouse; the
 * keyboard has “Add a block below” on each block) makes its menu only when pressed, so sixty
 * of them cost little.
 */
import { ActionIcon, Button, Menu } from '@mantine/core'
import { memo, useState, type ReactElement } from 'react'
import { useTranslation } from 'react-i18next'
import type { BlockType } from '@shared/letter/design'
import { idMaker, insertBlock, type Place } from '@shared/letter/edit/designOps'
import { newBlock } from '@shared/letter/edit/newBlock'
import { useImages, useOps } from './contexts'
import { blockElement, focusLater } from './focusLater'

const KINDS: BlockType[] = [
  'heading',
  'text',
  'button',
  'image',
  'divider',
  'spacer',
  'columns',
  'footer',
]
const COLUMN_KINDS: BlockType[] = ['heading', 'text', 'button', 'image', 'divider', 'spacer']

/** After a list's last block, under the active block, or between two blocks. */
export type AddVariant = 'end' | 'below' | 'gap'

function useLabel(place: Place, index: number, variant: AddVariant): string {
  const { t } = useTranslation()
  const side = place === null ? '' : place.side === 0 ? 'Left' : 'Right'
  if (variant === 'below') return t('campaigns.visual.block.addBelow')
  if (variant === 'end') {
    return t(
      `campaigns.visual.block.${side ? `addTo${side}` : 'add'}` as 'campaigns.visual.block.add',
    )
  }
  return t(`campaigns.visual.block.addAt${side}` as 'campaigns.visual.block.addAt', {
    n: index + 1,
  })
}

export const AddBlockMenu = memo(function AddBlockMenu({
  place,
  index,
  variant,
}: {
  place: Place
  index: number
  variant: AddVariant
}) {
  const label = useLabel(place, index, variant)
  // A column's button says only "Add a block" (its side is in its accessible name): the whole
  // sentence does not fit a column's width at 1024 pixels, in Russian least of all.
  const shortLabel = useLabel(null, index, variant)
  const [pressed, setPressed] = useState(false)
  if (variant === 'gap' && !pressed) {
    return (
      <button
        type="button"
        className="outbox-gap-button"
        tabIndex={-1}
        aria-label={label}
        onClick={() => setPressed(true)}
        data-testid="add-block-here"
      >
        +
      </button>
    )
  }
  const target: ReactElement =
    variant === 'end' ? (
      <Button
        size="compact-sm"
        variant="light"
        ff="var(--mantine-font-family)"
        data-testid={place === null ? 'add-block' : `add-block-${place.side}`}
        aria-label={place === null ? undefined : label}
        data-add-block
      >
        + {shortLabel}
      </Button>
    ) : (
      <ActionIcon
        size="sm"
        radius="xl"
        variant={variant === 'gap' ? 'filled' : 'subtle'}
        aria-label={label}
        data-testid={variant === 'gap' ? 'add-block-here' : 'add-block-below'}
      >
        +
      </ActionIcon>
    )
  return (
    <Menu
      position="bottom"
      withinPortal
      defaultOpened={variant === 'gap'}
      onClose={() => setPressed(false)}
    >
      <Menu.Target>{target}</Menu.Target>
      <Menu.Dropdown>
        <Kinds place={place} index={index} />
      </Menu.Dropdown>
    </Menu>
  )
})

function Kinds({ place, index }: { place: Place; index: number }) {
  const { t } = useTranslation()
  const { change } = useOps()
  const { images } = useImages()

  const add = (type: BlockType) => {
    let made: string | null = null
    const outcome = change((design) => {
      const block = newBlock(type, design.language, idMaker(design), images[0]?.cid)
      made = block.id
      return insertBlock(design, place, index, block)
    })
    if (outcome.ok && made !== null) {
      const id: string = made
      // The focus makes it the active block.
      focusLater(() => blockElement(id), 'words')
    }
  }

  return (place === null ? KINDS : COLUMN_KINDS).map((type) => {
    const blocked = type === 'image' && images.length === 0
    return (
      <Menu.Item
        key={type}
        disabled={blocked}
        onClick={() => add(type)}
        data-testid={`add-${type}`}
      >
        {t(`campaigns.visual.kinds.${type}`)}
        {blocked && ` — ${t('campaigns.visual.block.needsImage')}`}
      </Menu.Item>
    )
  })
}
