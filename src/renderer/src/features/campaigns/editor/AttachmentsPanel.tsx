import { ActionIcon, Alert, Card, Group, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { outbox } from '@renderer/client'
import { readAsBase64 } from '@renderer/files'
import { formatBytes } from '@renderer/format/bytes'
import { draftContentReceived } from '@renderer/store/draft/actions'
import type { DraftContent } from '@renderer/store/draft/state'
import { errorOf } from '@renderer/store/errorOf'
import { ErrorText } from '../../common/ErrorText'
import { FileDrop } from '../../common/FileDrop'

/** Files every recipient gets with the message. */
export function AttachmentsPanel({
  campaignId,
  attachments,
}: {
  campaignId: number
  attachments: DraftContent['attachments']
}) {
  const { t, i18n } = useTranslation()
  const [error, setError] = useState<{ code: string; message: string } | null>(null)

  const add = async (files: File[]) => {
    setError(null)
    for (const file of files) {
      try {
        const content = await outbox().campaigns.addAttachment({
          id: campaignId,
          attachment: {
            filename: file.name,
            contentType: file.type || 'application/octet-stream',
            dataBase64: await readAsBase64(file),
          },
        })
        draftContentReceived(content)
      } catch (e) {
        setError(errorOf(e))
      }
    }
  }

  const remove = async (attachmentId: number) => {
    try {
      draftContentReceived(
        await outbox().campaigns.removeAttachment({ id: campaignId, attachmentId }),
      )
    } catch (e) {
      setError(errorOf(e))
    }
  }

  return (
    <Card withBorder>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {t('campaigns.attachments.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('campaigns.attachments.hint')}
          </Text>
        </div>
        {attachments.map((a) => (
          <Group key={a.id} justify="space-between" data-testid="attachment-row">
            <Text size="sm">
              📎 {a.filename} ({formatBytes(a.size, i18n.language)})
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('campaigns.attachments.remove', { name: a.filename })}
              onClick={() => void remove(a.id)}
            >
              ✕
            </ActionIcon>
          </Group>
        ))}
        <FileDrop
          accept="*/*"
          multiple
          onFiles={(files) => void add(files)}
          label={t('campaigns.attachments.drop')}
          testId="attachment-file"
        />
        {error && (
          <Alert color="red">
            <ErrorText error={error} />
          </Alert>
        )}
      </Stack>
    </Card>
  )
}
