import { Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../format/date'
import { explainReply } from '../campaigns/monitor/replyExplanation'
import { settingsSelectors } from '../../store/settings/state'
import type { Suppression } from '../../store/suppressions/state'
import { useStore } from '../../store/store'

/** One page of the list: address, why, when, and a way to let it receive mail again. */
export function SuppressionTable({
  items,
  onRemove,
  onView,
}: {
  items: Suppression[]
  onRemove: (email: string) => void
  /** Opens the bounce or unsubscribe request behind an entry. */
  onView: (evidenceId: number) => void
}) {
  const { t } = useTranslation()
  const language = useStore(settingsSelectors.language)
  return (
    <Table layout="fixed" striped data-testid="suppression-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('suppressions.email')}</Table.Th>
          <Table.Th>{t('suppressions.why')}</Table.Th>
          <Table.Th w={170}>{t('suppressions.source')}</Table.Th>
          <Table.Th w={150}>{t('suppressions.date')}</Table.Th>
          <Table.Th w={110}>
            <VisuallyHidden>{t('suppressions.remove')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s) => (
          <Table.Tr key={s.email} data-testid="suppression-row" data-email={s.email}>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{s.email}</Table.Td>
            <Table.Td>
              <SuppressionReason reason={s.reason} />
            </Table.Td>
            <Table.Td>
              <Stack gap={2} align="flex-start">
                <Text size="sm" data-testid="suppression-source">
                  {t(`suppressions.sources.${s.source}`)}
                </Text>
                {s.evidenceId !== null && (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={t('suppressions.viewMessageNamed', { email: s.email })}
                    onClick={() => onView(s.evidenceId!)}
                    data-testid="suppression-view-message"
                  >
                    {t('suppressions.viewMessage')}
                  </Button>
                )}
              </Stack>
            </Table.Td>
            <Table.Td>{formatDateTime(s.createdAt, language, 'short')}</Table.Td>
            <Table.Td>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                aria-label={t('suppressions.removeNamed', { email: s.email })}
                onClick={() => onRemove(s.email)}
              >
                {t('suppressions.remove')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}

/** A server's reply in plain words first (the sender adds 5.1.x refusals), then as it came. */
function SuppressionReason({ reason }: { reason: string }) {
  const { t } = useTranslation()
  const reply = /^([245]\d\d)[ -]+([245]\.\d{1,3}\.\d{1,3})?/.exec(reason)
  if (!reply) {
    return (
      <Text size="sm" lineClamp={2} title={reason}>
        {reason}
      </Text>
    )
  }
  const kind = explainReply(Number(reply[1]), reply[2] ?? null, reason)
  return (
    <>
      <Text size="sm">{t(`campaigns.reply.${kind}`)}</Text>
      <Text size="xs" c="dimmed" ff="monospace" lineClamp={1} title={reason}>
        {reason}
      </Text>
    </>
  )
}
