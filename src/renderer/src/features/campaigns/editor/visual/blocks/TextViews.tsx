/** The blocks that are rich text: a heading (with its level), body text and the footer. */
import { Group } from '@mantine/core'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RichText } from '@shared/letter/design'
import { RichTextField } from '../rich/RichTextField'
import { Tool } from '../rich/Toolbar'
import { useBlockUpdate, type BlockOf } from './useBlockUpdate'

/** A rich text change kept in the letter, or its refusal shown under the field. */
function useTextChange(id: string, type: 'heading' | 'text' | 'footer') {
  const { t } = useTranslation()
  const update = useBlockUpdate(id, type)
  const [error, setError] = useState<string | null>(null)
  const onChange = useCallback(
    (text: RichText) => {
      const outcome = update({ text }, 'text')
      setError(outcome.ok ? null : t('campaigns.visual.notKept', { problem: outcome.problem }))
    },
    [update, t],
  )
  return { onChange, error }
}

export function HeadingView({ block, active }: { block: BlockOf<'heading'>; active: boolean }) {
  const { t } = useTranslation()
  const { onChange, error } = useTextChange(block.id, 'heading')
  const update = useBlockUpdate(block.id, 'heading')
  const levels = (
    <Group gap={2} role="group" aria-label={t('campaigns.visual.format.level')}>
      {([1, 2, 3] as const).map((level) => (
        <Tool
          key={level}
          label={t('campaigns.visual.format.levelN', { level })}
          pressed={block.level === level}
          onClick={() => update({ level })}
          testId={`heading-level-${level}`}
        >
          <b>H{level}</b>
        </Tool>
      ))}
    </Group>
  )
  return (
    <div className="outbox-heading" data-level={block.level} style={{ padding: '12px 24px 4px' }}>
      <RichTextField
        kind="heading"
        value={block.text}
        label={t('campaigns.visual.fields.heading', { level: block.level })}
        onChange={onChange}
        active={active}
        error={error}
        tools={levels}
      />
    </div>
  )
}

export function BodyTextView({
  block,
  active,
}: {
  block: BlockOf<'text'> | BlockOf<'footer'>
  active: boolean
}) {
  const { t } = useTranslation()
  const { onChange, error } = useTextChange(block.id, block.type)
  const footer = block.type === 'footer'
  return (
    <div
      className={footer ? 'outbox-footer' : undefined}
      style={{ padding: footer ? '16px 24px 24px' : '8px 24px' }}
    >
      <RichTextField
        kind="body"
        value={block.text}
        label={t(`campaigns.visual.fields.${block.type}`)}
        onChange={onChange}
        active={active}
        error={error}
      />
    </div>
  )
}
