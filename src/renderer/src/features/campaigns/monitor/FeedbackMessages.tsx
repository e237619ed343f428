import {
  Alert,
  Anchor,
  Card,
  Loader,
  ScrollArea,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignFeedback, FeedbackKind, FeedbackMessage } from '@shared/contract'
import { outbox } from '@renderer/client'
import { formatDateTime } from '@renderer/format/date'
import { errorOf, type ShownError } from '@renderer/store/errorOf'
import { ErrorText } from '../../common/ErrorText'
import { FeedbackViewer } from '../../mailbox/FeedbackViewer'
import { KindBadge } from '../../mailbox/KindBadge'

const SHOWN = 100
const TABS = ['all', 'reply', 'bounce', 'autoReply', 'unsubscribe'] as const
type Tab = (typeof TABS)[number]

type Page = { key: string; total: number; items: FeedbackMessage[] }

/**
 * The bounces, replies, auto-replies and unsubscribe requests read back for a campaign, newest
 * first, by kind. It reloads when the campaign's figures change, so it follows the mailbox
 * reader live; a message opens in the viewer, its recipient in the recipients table.
 */
export function FeedbackMessages({
  campaignId,
  feedback,
  onShowRecipient,
}: {
  campaignId: number
  /** The campaign's figures: a change means something new was read. */
  feedback: CampaignFeedback
  onShowRecipient: (email: string) => void
}) {
  const { t } = useTranslation()
  const [tab, setTab] = useState<Tab>('all')
  const [page, setPage] = useState<Page | null>(null)
  const [error, setError] = useState<ShownError | null>(null)
  const [opened, setOpened] = useState<number | null>(null)
  const figures = Object.values(feedback).join()
  const key = `${campaignId}|${tab}`

  useEffect(() => {
    let current = true
    outbox()
      .mailbox.messages({
        campaignId,
        kind: tab === 'all' ? null : (tab as FeedbackKind),
        limit: SHOWN,
      })
      .then(
        ({ total, items }) => {
          if (!current) return
          setPage({ key, total, items })
          setError(null)
        },
        (e: unknown) => current && setError(errorOf(e)),
      )
    return () => {
      current = false
    }
  }, [campaignId, tab, key, figures])

  const shown = page?.key === key ? page : null
  const showRecipient = (email: string) => {
    setOpened(null)
    onShowRecipient(email)
  }
  return (
    <Card withBorder data-testid="feedback-messages">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('campaigns.feedback.messages.title')}
        </Title>
        <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
          <Tabs.List aria-label={t('campaigns.feedback.messages.kind')}>
            {TABS.map((k) => (
              <Tabs.Tab key={k} value={k} data-testid={`feedback-tab-${k}`}>
                {t(`campaigns.feedback.messages.tabs.${k}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          {TABS.map((k) => (
            <Tabs.Panel key={k} value={k} pt="sm">
              {error && (
                <Alert color="red">
                  <ErrorText error={error} />
                </Alert>
              )}
              {!shown && !error && (
                <Loader size="sm" aria-label={t('campaigns.feedback.messages.loading')} />
              )}
              {shown && shown.items.length === 0 && (
                <Text size="sm" c="dimmed" data-testid="feedback-messages-empty">
                  {t('campaigns.feedback.messages.empty')}
                </Text>
              )}
              {shown && shown.items.length > 0 && (
                <MessageTable
                  items={shown.items}
                  onOpen={setOpened}
                  onShowRecipient={showRecipient}
                />
              )}
              {shown && shown.total > shown.items.length && (
                <Text size="xs" c="dimmed" mt="xs">
                  {t('campaigns.feedback.messages.firstShown', {
                    shown: shown.items.length,
                    total: shown.total,
                  })}
                </Text>
              )}
            </Tabs.Panel>
          ))}
        </Tabs>
      </Stack>
      <FeedbackViewer id={opened} onClose={() => setOpened(null)} onShowRecipient={showRecipient} />
    </Card>
  )
}

function MessageTable({
  items,
  onOpen,
  onShowRecipient,
}: {
  items: FeedbackMessage[]
  onOpen: (id: number) => void
  onShowRecipient: (email: string) => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <ScrollArea.Autosize mah={420}>
      <Table fz="sm" layout="fixed" highlightOnHover data-testid="feedback-message-list">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>{t('campaigns.feedback.messages.kind')}</Table.Th>
            <Table.Th w="28%">{t('campaigns.feedback.messages.from')}</Table.Th>
            <Table.Th>{t('campaigns.feedback.messages.subject')}</Table.Th>
            <Table.Th w={130}>{t('campaigns.feedback.messages.received')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => {
            const subject = m.subject ?? t('campaigns.feedback.messages.noSubject')
            return (
              <Table.Tr
                key={m.id}
                data-testid="feedback-message-row"
                style={{ cursor: 'pointer' }}
                onClick={() => onOpen(m.id)}
              >
                <Table.Td>
                  <KindBadge message={m} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" truncate="end" title={m.from}>
                    {m.from}
                  </Text>
                  {m.email && (
                    <Anchor
                      component="button"
                      type="button"
                      size="xs"
                      onClick={(e) => {
                        e.stopPropagation()
                        onShowRecipient(m.email!)
                      }}
                      title={t('mailbox.viewer.showRecipient', { email: m.email })}
                      data-testid="feedback-recipient"
                      style={{ overflowWrap: 'anywhere', textAlign: 'start' }}
                    >
                      {m.email}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>
                  <UnstyledButton
                    aria-label={t('campaigns.feedback.messages.open', { subject })}
                    fw={500}
                    fz="sm"
                    style={{ overflowWrap: 'anywhere' }}
                    onClick={(e) => {
                      e.stopPropagation()
                      onOpen(m.id)
                    }}
                    data-testid="feedback-open"
                  >
                    {subject}
                  </UnstyledButton>
                  {(m.status || m.diagnostic) && (
                    <Text size="xs" ff="monospace" c="dimmed" lineClamp={2}>
                      {[m.status, m.diagnostic].filter(Boolean).join(' · ')}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {m.firstLines}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="xs">{formatDateTime(m.receivedAt, i18n.language, 'short')}</Text>
                </Table.Td>
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  )
}
