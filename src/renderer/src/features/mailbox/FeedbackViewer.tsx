import { Alert, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { FeedbackMessageView } from '@shared/contract'
import { outbox } from '@renderer/client'
import { formatDateTime } from '@renderer/format/date'
import { errorOf, type ShownError } from '@renderer/store/errorOf'
import { ErrorText } from '../common/ErrorText'
import { MessageTabs } from '../inbox/MessageTabs'
import { KindBadge } from './KindBadge'

type Loaded = { id: number; message: FeedbackMessageView | null; error: ShownError | null }

/**
 * One message read from a mailbox (a bounce, a reply…), opened from the campaign page or the
 * do-not-send list: who, what, the bounce's status, and the message itself sandboxed as the test
 * inbox shows its own. `onShowRecipient` takes the user to the recipient in the campaign's table.
 */
export function FeedbackViewer({
  id,
  onClose,
  onShowRecipient,
}: {
  id: number | null
  onClose: () => void
  onShowRecipient?: (email: string) => void
}) {
  const { t, i18n } = useTranslation()
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  useEffect(() => {
    if (id === null) return
    let current = true
    outbox()
      .mailbox.get({ id })
      .then(
        (message) => current && setLoaded({ id, message, error: null }),
        (error: unknown) => current && setLoaded({ id, message: null, error: errorOf(error) }),
      )
    return () => {
      current = false
    }
  }, [id])
  // What was loaded for another message is never shown for this one.
  const shown = loaded?.id === id ? loaded : null
  const m = shown?.message ?? null
  return (
    <Modal
      opened={id !== null}
      onClose={onClose}
      title={m?.subject ?? t('mailbox.viewer.title')}
      size="xl"
      data-testid="feedback-viewer"
    >
      {shown === null && <Loader aria-label={t('mailbox.viewer.loading')} />}
      {shown?.error && (
        <Alert color="red" title={t('mailbox.viewer.failed')} role="alert">
          <ErrorText error={shown.error} />
        </Alert>
      )}
      {m && (
        <Stack gap="md" data-testid="feedback-message">
          <Group gap="xs">
            <KindBadge message={m} />
            {m.truncated && (
              <Text size="sm" c="dimmed">
                {t('mailbox.viewer.truncated')}
              </Text>
            )}
          </Group>
          <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={2}>
            <Table.Tbody>
              {facts(m, t, i18n.language).map(([label, value]) => (
                <Table.Tr key={label}>
                  <Table.Th w={140} fw={500} c="dimmed">
                    {label}
                  </Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {m.email && onShowRecipient && (
            <Group>
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => onShowRecipient(m.email!)}
                data-testid="feedback-show-recipient"
              >
                {t('mailbox.viewer.showRecipient', { email: m.email })}
              </Button>
            </Group>
          )}
          <MessageTabs html={m.html} text={m.text} headers={m.headers} testIdPrefix="feedback" />
        </Stack>
      )}
    </Modal>
  )
}

function facts(m: FeedbackMessageView, t: TFunction, language: string): [string, string][] {
  const rows: [string, string | null][] = [
    [t('mailbox.viewer.from'), m.from],
    [t('mailbox.viewer.received'), formatDateTime(m.receivedAt, language)],
    [t('mailbox.viewer.folder'), m.folder],
    [t('mailbox.viewer.recipient'), m.email],
    [t('mailbox.viewer.status'), m.status],
    [t('mailbox.viewer.diagnostic'), m.diagnostic],
  ]
  return rows.filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
}
