/**
 * “Add a block” at a place in the letter or a column: the kinds a marketer expects, with a
 * new block in the letter's language. A column takes no columns or footer; an image needs one
 * of the campaign's images.
 */
import { ActionIcon, Button, Menu } from '@mantine/core'
import { memo } from 'react'
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

export const AddBlockMenu = memo(function AddBlockMenu({
  place,
  index,
  last,
}: {
  place: Place
  index: number
  /** The button after a list's last block: always shown, with its words. */
  last: boolean
}) {
  const { t } = useTranslation()
  const { change, activate } = useOps()
  const { images } = useImages()
  const side = place === null ? '' : place.side === 0 ? 'Left' : 'Right'
  const label = last
    ? t(`campaigns.visual.block.${side ? `addTo${side}` : 'add'}` as 'campaigns.visual.block.add')
    : t(`campaigns.visual.block.addAt${side}` as 'campaigns.visual.block.addAt', { n: index + 1 })

  const add = (type: BlockType) => {
    let made: string | null = null
    const outcome = change((design) => {
      const block = newBlock(type, design.language, idMaker(design), images[0]?.cid)
      made = block.id
      return insertBlock(design, place, index, block)
    })
    if (outcome.ok && made !== null) {
      const id: string = made
      activate(id)
      focusLater(() => blockElement(id))
    }
  }

  return (
    <Menu position="bottom" withinPortal returnFocus={false}>
      <Menu.Target>
        {last ? (
          <Button
            size="compact-sm"
            variant="light"
            ff="var(--mantine-font-family)"
            data-testid={place === null ? 'add-block' : `add-block-${place.side}`}
            data-add-block
          >
            + {label}
          </Button>
        ) : (
          <ActionIcon
            size="sm"
            radius="xl"
            variant="filled"
            aria-label={label}
            data-testid="add-block-here"
            data-add-block
          >
            +
          </ActionIcon>
        )}
      </Menu.Target>
      <Menu.Dropdown>
        {(place === null ? KINDS : COLUMN_KINDS).map((type) => {
          const blocked = type === 'image' && images.length === 0
          return (
            <Menu.Item
              key={type}
              disabled={blocked}
              title={blocked ? t('campaigns.visual.block.needsImage') : undefined}
              onClick={() => add(type)}
              data-testid={`add-${type}`}
            >
              {t(`campaigns.visual.kinds.${type}`)}
              {blocked && ` — ${t('campaigns.visual.block.needsImage')}`}
            </Menu.Item>
          )
        })}
      </Menu.Dropdown>
    </Menu>
  )
})
