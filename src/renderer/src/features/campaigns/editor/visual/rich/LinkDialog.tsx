/**
 * Adds, changes or removes the link at the selection. Only what the letter accepts is taken
 * (https://, mailto:, tel:, or a variable); anything else, javascript: included, is refused
 * with the reason, and the text is left as it was.
 */
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import type { Editor } from '@tiptap/react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LinkTarget } from '@shared/letter/design'

export function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const { t } = useTranslation()
  const current = editor.getAttributes('link') as { href?: string }
  const needsText = editor.state.selection.empty && !current.href
  const [url, setUrl] = useState(current.href ?? '')
  const [words, setWords] = useState('')
  const [error, setError] = useState<string | null>(null)

  const apply = () => {
    const checked = LinkTarget.safeParse(url)
    if (!checked.success) {
      setError(t('campaigns.visual.link.invalid'))
      return
    }
    const href = checked.data
    const chain = editor.chain().focus()
    if (needsText) {
      chain
        .insertContent({
          type: 'text',
          text: words.trim() || href,
          marks: [{ type: 'link', attrs: { href } }],
        })
        .run()
    } else {
      chain.extendMarkRange('link').setLink({ href }).run()
    }
    onClose()
  }

  const cancel = () => {
    onClose()
    editor.commands.focus()
  }

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run()
    onClose()
  }

  return (
    <Modal
      opened
      onClose={cancel}
      title={t('campaigns.visual.link.title')}
      returnFocus={false}
      data-testid="link-dialog"
    >
      <form
        onSubmit={(e) => {
          e.preventDefault()
          apply()
        }}
      >
        <Stack>
          <TextInput
            label={t('campaigns.visual.link.url')}
            description={t('campaigns.visual.link.hint', { example: '{{unsubscribeUrl}}' })}
            value={url}
            onChange={(e) => {
              setUrl(e.currentTarget.value)
              setError(null)
            }}
            error={error}
            data-autofocus
            data-testid="link-url"
          />
          {needsText && (
            <TextInput
              label={t('campaigns.visual.link.text')}
              value={words}
              onChange={(e) => setWords(e.currentTarget.value)}
              data-testid="link-text"
            />
          )}
          <Group justify="space-between">
            {current.href ? (
              <Button variant="subtle" color="red" onClick={remove} data-testid="link-remove">
                {t('campaigns.visual.link.remove')}
              </Button>
            ) : (
              <span />
            )}
            <Group gap="xs">
              <Button variant="default" onClick={cancel}>
                {t('campaigns.visual.link.cancel')}
              </Button>
              <Button type="submit" data-testid="link-apply">
                {t('campaigns.visual.link.apply')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
