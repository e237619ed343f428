/** Text colour from a short palette of hex swatches, or back to the letter's text colour. */
import { ActionIcon, ColorSwatch, Menu } from '@mantine/core'
import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { TEXT_COLOURS } from '../palette'

export function ColourMenu({ editor, colour }: { editor: Editor; colour: string | null }) {
  const { t } = useTranslation()
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('campaigns.visual.format.colour')}
          data-testid="text-colour"
        >
          <ColorSwatch color={colour ?? 'var(--letter-text)'} size={14} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => editor.chain().focus().unsetColor().run()}>
          {t('campaigns.visual.colours.auto')}
        </Menu.Item>
        {TEXT_COLOURS.map(({ name, hex }) => (
          <Menu.Item
            key={name}
            leftSection={<ColorSwatch color={hex} size={14} />}
            onClick={() => editor.chain().focus().setColor(hex).run()}
            data-testid={`colour-${name}`}
          >
            {t(`campaigns.visual.colours.${name}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
