import { Badge, Group, ScrollArea, Select, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Delivery, DeliveryState, FeedbackFilter } from '@shared/contract'
import { feedbackOf, FEEDBACK_COLORS } from './deliveryFeedback'
import { explainReply, serverWords } from './replyExplanation'
import { rowCount, useDeliveryPages } from './useDeliveryPages'

type State = DeliveryState
const STATES: State[] = [
  'queued',
  'sending',
  'retrying',
  'sent',
  'failed',
  'uncertain',
  'skipped',
  'cancelled',
]
const STATE_COLORS: Record<State, string> = {
  queued: 'gray',
  sending: 'blue',
  retrying: 'yellow',
  sent: 'green',
  failed: 'red',
  uncertain: 'orange',
  skipped: 'gray',
  cancelled: 'gray',
}
const FEEDBACK: FeedbackFilter[] = [
  'bounced',
  'softBounced',
  'replied',
  'autoReplied',
  'unsubscribed',
]
const ROW_HEIGHT = 44
// The tries column fits its header in either language ("ПОПЫТКИ" is the wider); the state's
// badge grows with what came back ("Sent · Bounced").
const COLUMNS = 'minmax(150px, 2fr) minmax(120px, 1.5fr) 76px minmax(140px, 3fr) 130px'

/** The table's filters; the campaign page sets them too (to show one recipient). */
export interface RecipientFilter {
  search: string
  state: State | null
  feedback: FeedbackFilter | null
}
export const NO_FILTER: RecipientFilter = { search: '', state: null, feedback: null }

/**
 * Every recipient with its state, what came back from the mailbox, and the server's last reply;
 * 100,000 rows scroll smoothly.
 */
export function RecipientStates({
  campaignId,
  version,
  filter,
  onFilter,
}: {
  campaignId: number
  version: number
  filter: RecipientFilter
  onFilter: (filter: RecipientFilter) => void
}) {
  const { t, i18n } = useTranslation()
  const { search, state, feedback } = filter
  const [query] = useDebouncedValue(search.trim(), 250)
  const { total, rowAt } = useDeliveryPages(
    campaignId,
    { state, search: query || null, feedback },
    version,
  )
  const viewport = useRef<HTMLDivElement>(null)
  // The virtualizer hands out fresh functions by design; the compiler must not memoise them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count: rowCount(total),
    getScrollElement: () => viewport.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })

  return (
    <div>
      <Group mb="sm">
        <TextInput
          placeholder={t('campaigns.recipientStates.search')}
          aria-label={t('campaigns.recipientStates.search')}
          value={search}
          onChange={(e) => onFilter({ ...filter, search: e.currentTarget.value })}
          w={240}
          data-testid="recipient-states-search"
        />
        <Select
          aria-label={t('campaigns.recipientStates.state')}
          placeholder={t('campaigns.recipientStates.allStates')}
          clearable
          value={state}
          onChange={(v) => onFilter({ ...filter, state: v as State | null })}
          data={STATES.map((s) => ({ value: s, label: t(`queue.states.${s}`) }))}
          w={180}
          data-testid="recipient-states-filter"
        />
        <Select
          aria-label={t('campaigns.recipientStates.feedback')}
          placeholder={t('campaigns.recipientStates.anyFeedback')}
          clearable
          value={feedback}
          onChange={(v) => onFilter({ ...filter, feedback: v as FeedbackFilter | null })}
          data={FEEDBACK.map((f) => ({
            value: f,
            label: t(`campaigns.recipientStates.feedbackFilter.${f}`),
          }))}
          w={200}
          data-testid="recipient-feedback-filter"
        />
        <Text size="sm" c="dimmed" data-testid="recipient-states-total">
          {total === null
            ? ''
            : t('campaigns.recipientStates.total', {
                count: total,
                formatted: total.toLocaleString(i18n.language),
              })}
        </Text>
      </Group>
      <div
        role="table"
        aria-rowcount={total ?? 0}
        aria-label={t('campaigns.recipientStates.title')}
      >
        <div
          role="row"
          style={{ display: 'grid', gridTemplateColumns: COLUMNS, gap: 8, padding: '0 8px 6px' }}
        >
          {(['email', 'state', 'attempts', 'reply', 'updated'] as const).map((c) => (
            <Text key={c} role="columnheader" size="xs" fw={700} c="dimmed" tt="uppercase">
              {t(`campaigns.recipientStates.columns.${c}`)}
            </Text>
          ))}
        </div>
        <ScrollArea.Autosize
          mah={480}
          viewportRef={viewport}
          // Focusable, so the rows scroll with the arrow keys too; the table's group of rows.
          viewportProps={{ tabIndex: 0, role: 'rowgroup' }}
          data-testid="recipient-states"
        >
          <div style={{ height: rows.getTotalSize(), position: 'relative' }}>
            {rows.getVirtualItems().map((item) => {
              const row = rowAt(item.index)
              return (
                <div
                  key={item.key}
                  role="row"
                  aria-rowindex={item.index + 1}
                  data-testid="recipient-state-row"
                  style={{
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    height: ROW_HEIGHT,
                    transform: `translateY(${item.start}px)`,
                    display: 'grid',
                    gridTemplateColumns: COLUMNS,
                    gap: 8,
                    alignItems: 'center',
                    padding: '0 8px',
                    borderBottom: '1px solid var(--mantine-color-default-border)',
                  }}
                >
                  {row ? (
                    <>
                      <Text role="cell" size="sm" truncate>
                        {row.email}
                      </Text>
                      <div role="cell" style={{ minWidth: 0 }}>
                        <StateBadge row={row} />
                      </div>
                      <Text role="cell" size="sm">
                        {row.attempts}
                      </Text>
                      <Text
                        role="cell"
                        size="xs"
                        truncate
                        title={serverWords(row.lastResponse) ?? undefined}
                      >
                        {row.lastResponse
                          ? [
                              t(
                                `campaigns.reply.${explainReply(row.lastCode, row.lastEnhanced, row.lastResponse)}`,
                              ),
                              serverWords(row.lastResponse),
                            ]
                              .filter(Boolean)
                              .join(' · ')
                          : ''}
                      </Text>
                      <Text role="cell" size="xs" c="dimmed">
                        {row.attempts > 0
                          ? new Date(row.updatedAt).toLocaleString(i18n.language)
                          : ''}
                      </Text>
                    </>
                  ) : (
                    <Text role="cell" size="sm" c="dimmed">
                      …
                    </Text>
                  )}
                </div>
              )
            })}
          </div>
        </ScrollArea.Autosize>
      </div>
    </div>
  )
}

/** The state, and beside it what came back: "Sent · Bounced" (a bounce leaves a send sent). */
function StateBadge({ row }: { row: Delivery }) {
  const { t } = useTranslation()
  const came = feedbackOf(row.feedback)
  const label = [
    t(`queue.states.${row.state}`),
    ...came.map((f) => t(`campaigns.recipientStates.feedbackFilter.${f}`)),
  ].join(' · ')
  return (
    <Badge
      size="sm"
      variant="light"
      maw="100%"
      color={came[0] ? FEEDBACK_COLORS[came[0]] : STATE_COLORS[row.state]}
      title={label}
      data-testid="recipient-state-badge"
    >
      {label}
    </Badge>
  )
}
