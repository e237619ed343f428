/** “Insert a variable”: the recipients' columns as chips at the cursor. */
import { Button, Menu } from '@mantine/core'
import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { useVariables } from '../contexts'

export function VariableMenu({ editor }: { editor: Editor }) {
  const { t } = useTranslation()
  const variables = useVariables()
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button size="compact-xs" variant="light" data-testid="insert-variable-chip">
          {t('campaigns.visual.format.insertVariable')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {variables.map((name) => (
          <Menu.Item
            key={name}
            onClick={() =>
              editor.chain().focus().insertContent({ type: 'variable', attrs: { name } }).run()
            }
          >
            {name}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
