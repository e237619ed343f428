import { Alert, Button, Code, Group, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorOf } from '../../store/errorOf'
import { suppressionsAdded } from '../../store/suppressions/actions'
import { ErrorText } from '../common/ErrorText'
import { issuesOf } from '../common/issues'
import { readAsText } from '../../files'
import { FileDrop } from '../common/FileDrop'
import { addressesInText, parseAddresses, rejectedByEngine } from './parseAddresses'

type Problem =
  | { kind: 'empty' }
  | { kind: 'invalid'; addresses: string[] }
  | { kind: 'failed'; error: { code: string; message: string } }

/** Paste addresses; bad ones are listed before anything is sent (and if the engine finds more). */
export function AddSuppressions({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<Problem | null>(null)
  const [busy, setBusy] = useState(false)

  const add = async () => {
    const { valid, invalid } = parseAddresses(text)
    if (invalid.length > 0) return setProblem({ kind: 'invalid', addresses: invalid })
    if (valid.length === 0) return setProblem({ kind: 'empty' })
    setProblem(null)
    setBusy(true)
    try {
      // Stored as written: in the user's language even when they leave the reason empty.
      const why = reason.trim() || t('suppressions.reasonPlaceholder')
      const added = await suppressionsAdded(valid, why)
      notifications.show({
        color: 'teal',
        message:
          added === valid.length
            ? t('suppressions.addedAll', { added })
            : added === 0
              ? t('suppressions.addedNone')
              : t('suppressions.added', { added, total: valid.length }),
      })
      setText('')
      onDone()
    } catch (error) {
      const refused = rejectedByEngine(
        valid,
        issuesOf(error).map((i) => i.path),
      )
      setProblem(
        refused.length > 0
          ? { kind: 'invalid', addresses: refused }
          : { kind: 'failed', error: errorOf(error) },
      )
    } finally {
      setBusy(false)
    }
  }

  return (
    <form
      data-testid="suppression-add-form"
      onSubmit={(e) => {
        e.preventDefault()
        void add()
      }}
    >
      <Stack gap="sm">
        <Textarea
          label={t('suppressions.addresses')}
          description={t('suppressions.addressesHelp')}
          placeholder={t('suppressions.addressesPlaceholder')}
          autosize
          data-autofocus
          minRows={4}
          maxRows={10}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          data-testid="suppression-input"
        />
        <FileDrop
          accept=".csv,.tsv,.txt,text/csv,text/plain"
          onFiles={(files) => {
            if (!files[0]) return
            void readAsText(files[0]).then((content) => {
              const found = addressesInText(content)
              setText((old) => [old.trim(), found].filter(Boolean).join('\n'))
            })
          }}
          label={t('suppressions.fromFile')}
          hint={t('suppressions.fromFileHint')}
          testId="suppression-file"
        />
        <TextInput
          label={t('suppressions.reason')}
          placeholder={t('suppressions.reasonPlaceholder')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        {problem && (
          <Alert
            color="red"
            role="alert"
            data-testid="suppression-add-error"
            title={problem.kind === 'invalid' ? t('suppressions.invalidTitle') : undefined}
          >
            {problem.kind === 'empty' && t('suppressions.nothingToAdd')}
            {problem.kind === 'failed' && <ErrorText error={problem.error} />}
            {problem.kind === 'invalid' && (
              <>
                <Text size="sm">{t('suppressions.invalidBody')}</Text>
                <Group gap={6} mt={6}>
                  {problem.addresses.map((a) => (
                    <Code key={a}>{a}</Code>
                  ))}
                </Group>
              </>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('suppressions.cancel')}
          </Button>
          <Button type="submit" loading={busy} data-testid="suppression-add">
            {t('suppressions.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
