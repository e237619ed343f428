import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { outbox } from '@renderer/client'
import { draftSaved } from '@renderer/store/draft/actions'
import { errorOf, type ShownError } from '@renderer/store/errorOf'
import { ErrorText } from '../../common/ErrorText'

/** Keeps this campaign's letter as a template, under a name, for new campaigns to start from. */
export function SaveAsTemplate({ campaignId, name }: { campaignId: number; name: string }) {
  const { t } = useTranslation()
  const [opened, setOpened] = useState(false)
  const [templateName, setTemplateName] = useState(name)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ShownError | null>(null)

  const open = () => {
    setTemplateName(name)
    setError(null)
    setOpened(true)
  }
  const save = async () => {
    setBusy(true)
    setError(null)
    try {
      await draftSaved() // the template keeps what the user sees, not the last autosave
      const kept = await outbox().templates.saveFromCampaign({ campaignId, name: templateName })
      setOpened(false)
      notifications.show({
        color: 'teal',
        message: t('campaigns.letter.templateSaved', { name: kept.name }),
      })
    } catch (e) {
      setError(errorOf(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <>
      <Button size="xs" variant="default" onClick={open} data-testid="save-as-template">
        {t('campaigns.letter.saveAsTemplate')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={t('campaigns.letter.saveAsTemplate')}
        centered
      >
        <Stack>
          <TextInput
            label={t('campaigns.letter.templateName')}
            value={templateName}
            onChange={(e) => setTemplateName(e.currentTarget.value)}
            data-autofocus
            data-testid="template-name"
          />
          <Text size="sm" c="dimmed">
            {t('campaigns.letter.templateHint')}
          </Text>
          {error && (
            <Alert color="red">
              <ErrorText error={error} />
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpened(false)}>
              {t('campaigns.letter.cancel')}
            </Button>
            <Button
              onClick={() => void save()}
              loading={busy}
              disabled={templateName.trim() === ''}
              data-testid="template-save"
            >
              {t('campaigns.letter.save')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  )
}
