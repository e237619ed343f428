/** The row above the sheet: the letter's colours and font, and undo/redo for the letter. */
import { ActionIcon, ColorInput, Group, Input, SegmentedControl, Tooltip } from '@mantine/core'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Colour, type LetterTheme } from '@shared/letter/design'
import { setTheme } from '@shared/letter/edit/designOps'
import { useDraft } from './blocks/useDraft'
import { useOps } from './contexts'
import { THEME_SWATCHES } from './palette'

const COLOURS = ['background', 'paper', 'text', 'accent'] as const

function ThemeColour({ name, value }: { name: (typeof COLOURS)[number]; value: string }) {
  const { t } = useTranslation()
  const { change } = useOps()
  const draft = useDraft(value, (text) => {
    if (!Colour.safeParse(text).success) return { error: t('campaigns.visual.theme.invalidColour') }
    const result = change((d) => setTheme(d, { [name]: text }), `theme:${name}`)
    return result.ok ? { kept: text } : { error: result.problem }
  })
  return (
    <ColorInput
      size="xs"
      w={130}
      label={t(`campaigns.visual.theme.${name}`)}
      format="hex"
      swatches={THEME_SWATCHES}
      withEyeDropper={false}
      value={draft.text}
      onChange={draft.onChange}
      error={draft.error}
      data-testid={`theme-${name}`}
    />
  )
}

export const ThemeBar = memo(function ThemeBar({
  theme,
  canUndo,
  canRedo,
  onUndo,
  onRedo,
}: {
  theme: LetterTheme
  canUndo: boolean
  canRedo: boolean
  onUndo: () => void
  onRedo: () => void
}) {
  const { t } = useTranslation()
  const { change } = useOps()
  const fontLabel = t('campaigns.visual.theme.font')
  return (
    <Group
      justify="space-between"
      align="flex-end"
      role="group"
      aria-label={t('campaigns.visual.theme.title')}
      data-testid="letter-theme"
    >
      <Group gap="sm" align="flex-end">
        {COLOURS.map((name) => (
          <ThemeColour key={name} name={name} value={theme[name]} />
        ))}
        <div role="group" aria-label={fontLabel}>
          <Input.Label labelElement="div" size="xs" display="block" mb={2}>
            {fontLabel}
          </Input.Label>
          <SegmentedControl
            size="xs"
            value={theme.font}
            onChange={(font) => change((d) => setTheme(d, { font: font as LetterTheme['font'] }))}
            data={(['sans', 'serif'] as const).map((font) => ({
              value: font,
              label: t(`campaigns.visual.theme.${font}`),
            }))}
            data-testid="theme-font"
          />
        </div>
      </Group>
      <Group gap={4}>
        <Tooltip label={`${t('campaigns.visual.undo')} (Ctrl+Z)`}>
          <ActionIcon
            variant="default"
            disabled={!canUndo}
            aria-label={t('campaigns.visual.undo')}
            onClick={onUndo}
            data-testid="letter-undo"
          >
            ↶
          </ActionIcon>
        </Tooltip>
        <Tooltip label={`${t('campaigns.visual.redo')} (Ctrl+Shift+Z)`}>
          <ActionIcon
            variant="default"
            disabled={!canRedo}
            aria-label={t('campaigns.visual.redo')}
            onClick={onRedo}
            data-testid="letter-redo"
          >
            ↷
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  )
})
