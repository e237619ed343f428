/** The settings of the active block, under it: fields in the window's own style, not the letter's. */
import { Input, SegmentedControl, Stack } from '@mantine/core'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Align } from '@shared/letter/design'

export function Settings({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Stack gap="xs" className="outbox-settings" data-testid={testId}>
      {children}
    </Stack>
  )
}

/** Left, centre or right, as a labelled group of radio buttons. */
export function AlignControl({ value, onChange }: { value: Align; onChange: (a: Align) => void }) {
  const { t } = useTranslation()
  const label = t('campaigns.visual.fields.align')
  return (
    <div role="group" aria-label={label}>
      <Input.Label labelElement="div" display="block" mb={2}>
        {label}
      </Input.Label>
      <SegmentedControl
        value={value}
        onChange={(v) => onChange(v as Align)}
        data={(['left', 'center', 'right'] as const).map((a) => ({
          value: a,
          label: t(`campaigns.visual.fields.${a}`),
        }))}
      />
    </div>
  )
}
