import { Group, Stack, Table, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../format/date'
import type { InboxMail } from '../../store/inbox/state'
import { settingsSelectors } from '../../store/settings/state'
import { useStore } from '../../store/store'
import { inlineCidImages } from '../common/sandboxDocument'
import { Attachments } from './Attachments'
import { MessageTabs } from './MessageTabs'

/** One received message: who, when, and its HTML (sandboxed), text and raw headers. */
export function MessageView({ message: m }: { message: InboxMail }) {
  const { t } = useTranslation()
  const language = useStore(settingsSelectors.language)
  const facts: [string, string][] = [
    [t('inbox.from'), m.headerFrom || m.from],
    [t('inbox.to'), m.headerTo || m.to.join(', ')],
    [t('inbox.date'), formatDateTime(m.date ?? m.receivedAt, language)],
  ]
  return (
    <Stack gap="md" data-testid="inbox-message">
      <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
        {m.subject ?? t('inbox.noSubject')}
      </Title>
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={100} fw={500} c="dimmed">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <MessageTabs
        html={m.html === null ? null : inlineCidImages(m.html, m.attachments)}
        text={m.text}
        headers={m.headers}
        testIdPrefix="inbox"
      />
      <Group>
        <Attachments parts={m.attachments} />
      </Group>
    </Stack>
  )
}
