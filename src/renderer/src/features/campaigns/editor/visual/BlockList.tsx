/**
 * A list of blocks (the letter's, or a column's), with a “+” between blocks and “Add a block”
 * after the last.
 */
import { Fragment } from 'react'
import { AddBlockMenu } from './AddBlockMenu'
import { BlockRow } from './BlockRow'
import type { BlockListProps } from './contexts'

export function BlockList({ blocks, place, activeId }: BlockListProps) {
  return (
    <div data-testid={place === null ? 'letter-blocks' : `column-${place.side}`}>
      {blocks.map((block, index) => (
        <Fragment key={block.id}>
          <div className="outbox-gap">
            <AddBlockMenu place={place} index={index} variant="gap" />
          </div>
          <BlockRow
            block={block}
            place={place}
            index={index}
            count={blocks.length}
            active={block.id === activeId}
            activeId={block.type === 'columns' ? activeId : undefined}
          />
        </Fragment>
      ))}
      <div style={{ display: 'flex', justifyContent: 'center', padding: '12px 0' }}>
        <AddBlockMenu place={place} index={blocks.length} variant="end" />
      </div>
    </div>
  )
}
