import { ActionIcon, Alert, Button, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core'
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
import { cidFor, imageTag, isImageType } from './imageCid'

/** Images are copied into the campaign; the HTML points at them as cid: and they go inline. */
export function ImagesPanel({
  campaignId,
  images,
  onInsert,
}: {
  campaignId: number
  images: DraftContent['images']
  /** Puts an image's tag into an HTML letter; absent for a visual one (it has image blocks). */
  onInsert?: (tag: string) => void
}) {
  const { t, i18n } = useTranslation()
  const [error, setError] = useState<{ code: string; message: string } | null>(null)

  const add = async (files: File[]) => {
    setError(null)
    const taken = images.map((i) => i.cid)
    for (const file of files) {
      if (!isImageType(file.type)) {
        setError({
          code: 'invalid_input',
          message: t('campaigns.images.wrongType', { name: file.name }),
        })
        continue
      }
      const cid = cidFor(file.name, taken)
      taken.push(cid)
      try {
        const content = await outbox().campaigns.addImage({
          id: campaignId,
          image: {
            cid,
            filename: file.name,
            contentType: file.type,
            dataBase64: await readAsBase64(file),
          },
        })
        draftContentReceived(content)
        onInsert?.(imageTag(cid, file.name.replace(/\.[^.]*$/, '')))
      } catch (e) {
        setError(errorOf(e))
      }
    }
  }

  const remove = async (cid: string) => {
    try {
      draftContentReceived(await outbox().campaigns.removeImage({ id: campaignId, cid }))
    } catch (e) {
      setError(errorOf(e))
    }
  }

  return (
    <Card withBorder>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {t('campaigns.images.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('campaigns.images.hint')}
          </Text>
        </div>
        {images.map((image) => (
          <Group key={image.cid} justify="space-between" data-testid={`image-${image.cid}`}>
            <Text size="sm">
              <code>cid:{image.cid}</code> — {image.filename} (
              {formatBytes(image.size, i18n.language)})
            </Text>
            <Group gap="xs">
              {onInsert && (
                <Button
                  size="xs"
                  variant="light"
                  onClick={() =>
                    onInsert(imageTag(image.cid, image.filename.replace(/\.[^.]*$/, '')))
                  }
                >
                  {t('campaigns.images.insert')}
                </Button>
              )}
              <Tooltip label={t('common.remove')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('campaigns.images.remove', { name: image.filename })}
                  onClick={() => void remove(image.cid)}
                >
                  ✕
                </ActionIcon>
              </Tooltip>
            </Group>
          </Group>
        ))}
        <FileDrop
          accept="image/png,image/jpeg,image/gif,image/webp"
          multiple
          onFiles={(files) => void add(files)}
          label={t('campaigns.images.drop')}
          hint={t(onInsert ? 'campaigns.images.dropHint' : 'campaigns.images.dropHintVisual')}
          testId="image-file"
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
