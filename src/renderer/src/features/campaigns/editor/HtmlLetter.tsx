import { Button, Group, Menu, Text } from '@mantine/core'
import type { Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { draftEdited } from '@renderer/store/draft/actions'
import { HtmlEditor, type HtmlEditorHandle } from './HtmlEditor'

/** A letter written as HTML: the code editor, with a menu that inserts a recipient's variable. */
export function HtmlLetter({
  ref,
  campaignId,
  html,
  variables,
}: {
  ref: Ref<HtmlEditorHandle>
  campaignId: number
  html: string
  variables: readonly string[]
}) {
  const { t } = useTranslation()
  const insert = (text: string) =>
    typeof ref === 'object' && ref !== null ? ref.current?.insert(text) : undefined
  return (
    <>
      <Group justify="space-between" align="flex-end">
        <div>
          <Text fw={500} size="sm">
            {t('campaigns.message.html')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('campaigns.message.htmlHint', { column: '{{column}}' })}
          </Text>
        </div>
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button size="xs" variant="light" data-testid="insert-variable">
              {t('campaigns.message.insertVariable')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {variables.map((v) => (
              <Menu.Item key={v} onClick={() => insert(`{{${v}}}`)}>
                {`{{${v}}}`}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      <HtmlEditor
        ref={ref}
        label={t('campaigns.message.html')}
        value={html}
        onChange={(next) => draftEdited(campaignId, { html: next })}
      />
    </>
  )
}
