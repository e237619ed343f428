import { Table, Text, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatBytes } from '../../format/bytes'
import { formatDateTime } from '../../format/date'
import { inboxMessageOpened } from '../../store/inbox/actions'
import type { InboxItem } from '../../store/inbox/state'
import { settingsSelectors } from '../../store/settings/state'
import { useStore } from '../../store/store'

/** Captured messages, newest first; the subject opens one. */
export function InboxList({ items }: { items: InboxItem[] }) {
  const { t } = useTranslation()
  const language = useStore(settingsSelectors.language)
  return (
    <Table highlightOnHover layout="fixed" data-testid="inbox-list">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('inbox.subject')}</Table.Th>
          <Table.Th w="20%">{t('inbox.from')}</Table.Th>
          <Table.Th w="20%">{t('inbox.to')}</Table.Th>
          <Table.Th w={150}>{t('inbox.received')}</Table.Th>
          <Table.Th w={80}>{t('inbox.size')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((m) => {
          const subject = m.subject ?? t('inbox.noSubject')
          return (
            <Table.Tr
              key={m.id}
              data-testid={`inbox-row-${m.id}`}
              style={{ cursor: 'pointer' }}
              onClick={() => void inboxMessageOpened(m.id)}
            >
              <Table.Td>
                <UnstyledButton
                  aria-label={t('inbox.open', { subject })}
                  fw={500}
                  style={{ overflowWrap: 'anywhere' }}
                  onClick={(e) => {
                    e.stopPropagation()
                    void inboxMessageOpened(m.id)
                  }}
                >
                  {subject}
                </UnstyledButton>
              </Table.Td>
              <Cell>{m.from}</Cell>
              <Cell>{m.to.join(', ')}</Cell>
              <Cell>{formatDateTime(m.receivedAt, language, 'short')}</Cell>
              <Cell>{formatBytes(m.size, language)}</Cell>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}

function Cell({ children }: { children: string }) {
  return (
    <Table.Td>
      <Text size="sm" truncate="end" title={children}>
        {children}
      </Text>
    </Table.Td>
  )
}
