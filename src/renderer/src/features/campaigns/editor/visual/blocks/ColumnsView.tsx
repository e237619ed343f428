/** Two columns side by side, each a short list of blocks with its own buttons and “Add a block”. */
import { useContext, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { BlockListContext } from '../contexts'
import type { BlockOf } from './useBlockUpdate'

export function ColumnsView({
  block,
  activeId,
}: {
  block: BlockOf<'columns'>
  activeId: string | null
}) {
  const { t } = useTranslation()
  const BlockList = useContext(BlockListContext)
  const places = useMemo(
    () => [
      { columns: block.id, side: 0 as const },
      { columns: block.id, side: 1 as const },
    ],
    [block.id],
  )
  return (
    <div className="outbox-columns">
      {places.map((place) => (
        <div
          key={place.side}
          role="group"
          aria-label={t(
            `campaigns.visual.block.${place.side === 0 ? 'leftColumn' : 'rightColumn'}`,
          )}
        >
          <BlockList blocks={block.columns[place.side]} place={place} activeId={activeId} />
        </div>
      ))}
    </div>
  )
}
