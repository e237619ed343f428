/** A button as the letter shows it, and when active its text, link, alignment and colour. */
import { ColorInput, Group, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ButtonBlock, Colour, LinkTarget } from '@shared/letter/design'
import { THEME_SWATCHES } from '../palette'
import { AlignControl, Settings } from './Settings'
import { useBlockUpdate, type BlockOf } from './useBlockUpdate'
import { useDraft, type Kept } from './useDraft'

export function ButtonView({ block, active }: { block: BlockOf<'button'>; active: boolean }) {
  const { t } = useTranslation()
  const update = useBlockUpdate(block.id, 'button')
  const outcome = (kept: string, result: ReturnType<typeof update>): Kept =>
    result.ok ? { kept } : { error: result.problem }

  const label = useDraft(block.label, (text) => {
    const checked = ButtonBlock.shape.label.safeParse(text)
    if (!checked.success) return { error: t('campaigns.visual.fields.buttonLabelEmpty') }
    return outcome(checked.data, update({ label: checked.data }, 'label'))
  })
  const url = useDraft(block.url, (text) => {
    const checked = LinkTarget.safeParse(text)
    if (!checked.success) return { error: t('campaigns.visual.link.invalid') }
    return outcome(checked.data, update({ url: checked.data }, 'url'))
  })
  const colour = useDraft(block.colour ?? '', (text) => {
    if (text === '') return outcome('', update({ colour: null }))
    if (!Colour.safeParse(text).success) return { error: t('campaigns.visual.theme.invalidColour') }
    return outcome(text, update({ colour: text }, 'colour'))
  })

  return (
    <>
      <div style={{ padding: '12px 24px', textAlign: block.align }}>
        <span
          data-testid="button-preview"
          style={{
            display: 'inline-block',
            padding: '12px 28px',
            fontSize: 16,
            lineHeight: '20px',
            fontWeight: 'bold',
            color: '#ffffff',
            backgroundColor: block.colour ?? 'var(--letter-accent)',
            borderRadius: 6,
          }}
        >
          {block.label}
        </span>
      </div>
      {active && (
        <Settings testId="button-settings">
          <TextInput
            label={t('campaigns.visual.fields.buttonLabel')}
            description={t('campaigns.visual.fields.buttonLabelHint', { example: '{{name}}' })}
            value={label.text}
            onChange={(e) => label.onChange(e.currentTarget.value)}
            error={label.error}
            data-testid="button-label"
          />
          <TextInput
            label={t('campaigns.visual.fields.url')}
            description={t('campaigns.visual.link.hint', { example: '{{unsubscribeUrl}}' })}
            value={url.text}
            onChange={(e) => url.onChange(e.currentTarget.value)}
            error={url.error}
            data-testid="button-url"
          />
          <Group align="flex-end">
            <AlignControl value={block.align} onChange={(align) => update({ align })} />
            <ColorInput
              label={t('campaigns.visual.fields.colour')}
              placeholder={t('campaigns.visual.fields.accentColour')}
              format="hex"
              swatches={THEME_SWATCHES}
              withEyeDropper={false}
              value={colour.text}
              onChange={colour.onChange}
              error={colour.error}
              data-testid="button-colour"
            />
          </Group>
        </Settings>
      )}
    </>
  )
}
