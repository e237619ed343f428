/**
 * A list of blocks (the letter's, or a column's), with a “+” between blocks and “Add a block”
 * after the last.
 */
import { Text } from '@mantine/core'
import { Fragment } from 'react'
import { useTranslation } from 'react-i18next'
import { AddBlockMenu } from './AddBlockMenu'
import { BlockRow } from './BlockRow'
import type { BlockListProps } from './contexts'

export function BlockList({ blocks, place, activeId }: BlockListProps) {
  const { t } = useTranslation()
  return (
    <div data-testid={place === null ? 'letter-blocks' : `column-${place.side}`}>
      {place === null && blocks.length === 0 && (
        <Text ta="center" c="dimmed" size="sm" pt="md" ff="var(--mantine-font-family)">
          {t('campaigns.visual.empty')}
        </Text>
      )}
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
