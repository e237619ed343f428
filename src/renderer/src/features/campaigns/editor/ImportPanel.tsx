import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { outbox } from '@renderer/client'
import { readAsBase64 } from '@renderer/files'
import { formatBytes } from '@renderer/format/bytes'
import { errorOf } from '@renderer/store/errorOf'
import { ErrorText } from '../../common/ErrorText'
import { FileDrop } from '../../common/FileDrop'
import { ImportPreview } from './ImportPreview'
import { pastedAsFile, type FileChoice, type FilePreview } from './importSource'

type Source = 'file' | 'paste'

/** Choose a file or paste a list, see what the engine read, then use it. */
export function ImportPanel({
  onUse,
  onCancel,
}: {
  onUse: (file: FileChoice) => Promise<void>
  onCancel?: (() => void) | undefined
}) {
  const { t, i18n } = useTranslation()
  const [source, setSource] = useState<Source>('file')
  const [pasted, setPasted] = useState('')
  const [choice, setChoice] = useState<FileChoice | null>(null)
  const [preview, setPreview] = useState<FilePreview | null>(null)
  const [chosenFile, setChosenFile] = useState<{ name: string; size: string } | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<{ code: string; message: string } | null>(null)

  const read = async (next: FileChoice, what: string) => {
    setBusy(what)
    setError(null)
    try {
      setPreview(await outbox().recipients.parse(next))
      setChoice(next)
    } catch (e) {
      setError(errorOf(e))
      setPreview(null)
    } finally {
      setBusy(null)
    }
  }

  const fileChosen = async (file: File) => {
    const named = { name: file.name, size: formatBytes(file.size, i18n.language) }
    setChosenFile(named)
    const what = t('campaigns.import.reading', named)
    setBusy(what)
    await read({ dataBase64: await readAsBase64(file) }, what)
  }

  const use = async () => {
    if (!choice || !preview) return
    setBusy(t('campaigns.import.writing', { count: preview.count }))
    // Pin what the user saw, so the engine reads the file exactly as previewed.
    await onUse({
      ...choice,
      encoding: preview.encoding,
      delimiter: preview.delimiter,
      emailColumn: preview.emailColumn,
    })
    setBusy(null)
  }

  return (
    <Card withBorder>
      <Stack>
        <SegmentedControl
          w="fit-content"
          value={source}
          onChange={(v) => setSource(v as Source)}
          data={[
            { value: 'file', label: t('campaigns.import.fromFile') },
            { value: 'paste', label: t('campaigns.import.paste') },
          ]}
        />
        {source === 'file' ? (
          <>
            <FileDrop
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
              onFiles={(files) => files[0] && void fileChosen(files[0])}
              label={t('campaigns.import.drop')}
              hint={t('campaigns.import.dropHint')}
              testId="recipients-file"
            />
            {chosenFile && (
              // Which file the preview below is of: the drop area says nothing after a choice.
              <Text size="sm" c="dimmed" data-testid="recipients-file-name">
                {t('campaigns.import.chosen', chosenFile)}
              </Text>
            )}
          </>
        ) : (
          <Stack gap="xs">
            <Textarea
              label={t('campaigns.import.pasteLabel')}
              description={t('campaigns.import.pasteHint')}
              autosize
              minRows={4}
              maxRows={12}
              value={pasted}
              onChange={(e) => setPasted(e.currentTarget.value)}
              data-testid="recipients-paste"
            />
            <Button
              w="fit-content"
              variant="default"
              disabled={!pasted.trim()}
              onClick={() => void read(pastedAsFile(pasted), t('campaigns.import.checking'))}
            >
              {t('campaigns.import.check')}
            </Button>
          </Stack>
        )}
        {busy && (
          <Group gap="xs" data-testid="import-busy">
            <Loader size="sm" />
            <Text size="sm">{busy}</Text>
          </Group>
        )}
        {error && (
          <Alert color="red" data-testid="import-error">
            <ErrorText error={error} />
          </Alert>
        )}
        {preview && choice && !busy && (
          <ImportPreview
            preview={preview}
            editable={source === 'file'}
            onChange={(change) =>
              void read({ ...choice, ...change }, t('campaigns.import.checking'))
            }
          />
        )}
        <Group justify="flex-end">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('common.back')}
            </Button>
          )}
          <Button
            disabled={!preview || preview.count === 0 || busy !== null}
            onClick={() => void use()}
            data-testid="import-use"
          >
            {t('campaigns.import.use', { count: preview?.count ?? 0 })}
          </Button>
        </Group>
      </Stack>
    </Card>
  )
}
