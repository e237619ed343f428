/** The quiet blocks: a divider line, and empty space of a height the marketer sets. */
import { NumberInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SpacerBlock } from '@shared/letter/design'
import { Settings } from './Settings'
import { useBlockUpdate, type BlockOf } from './useBlockUpdate'
import { useDraft } from './useDraft'

export function DividerView() {
  return (
    <div style={{ padding: '12px 24px' }}>
      <div style={{ borderTop: '1px solid var(--letter-line)', height: 1 }} />
    </div>
  )
}

export function SpacerView({ block, active }: { block: BlockOf<'spacer'>; active: boolean }) {
  const { t } = useTranslation()
  const update = useBlockUpdate(block.id, 'spacer')
  const height = useDraft(String(block.height), (text) => {
    const checked = SpacerBlock.shape.height.safeParse(Number(text))
    if (text === '' || !checked.success) {
      return { error: t('campaigns.visual.fields.heightInvalid') }
    }
    const result = update({ height: checked.data }, 'height')
    return result.ok ? { kept: text } : { error: result.problem }
  })
  return (
    <>
      <div
        data-testid="spacer-preview"
        style={{
          height: block.height,
          background: active
            ? 'repeating-linear-gradient(45deg, transparent 0 6px, var(--mantine-color-gray-light) 6px 12px)'
            : undefined,
        }}
      />
      {active && (
        <Settings testId="spacer-settings">
          <NumberInput
            w={160}
            label={t('campaigns.visual.fields.height')}
            min={4}
            max={200}
            allowDecimal={false}
            allowNegative={false}
            value={height.text}
            onChange={(v) => height.onChange(String(v))}
            error={height.error}
            data-testid="spacer-height"
          />
        </Settings>
      )}
    </>
  )
}
