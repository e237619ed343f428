import { formatPercent } from '@renderer/format/percent'
import { Alert, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { outbox } from '@renderer/client'
import { accountsRequested } from '@renderer/store/accounts/actions'
import { accountsSelectors } from '@renderer/store/accounts/state'
import { campaignReceived } from '@renderer/store/campaigns/actions'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { errorOf } from '@renderer/store/errorOf'
import { useStore } from '@renderer/store/store'
import { ConfirmModal } from '../../common/ConfirmModal'
import { ErrorText } from '../../common/ErrorText'
import { formatApproxDuration } from '@renderer/format/approxDuration'
import { saveFile, systemCsvDelimiter } from '@renderer/files'
import { AccountShares, StoppedAccountsNotice } from './AccountShares'
import { ActivityCard } from './ActivityCard'
import { DeliveryList, type RowAction } from './DeliveryList'
import { FeedbackFigures } from './FeedbackFigures'
import { FeedbackMessages } from './FeedbackMessages'
import { ProgressAnnouncer } from './ProgressAnnouncer'
import { NO_FILTER, RecipientStates, type RecipientFilter } from './RecipientStates'
import { SpreadPace } from './SpreadPace'
import { useNow } from './useNow'
import { useThrottledVersion } from './useThrottledVersion'
import { WaitingNotice } from './WaitingNotice'
import { StatusBadge } from '../StatusBadge'

/** A started campaign: live progress and the controls that fit its status. */
export function CampaignMonitor({ campaign }: { campaign: CampaignView }) {
  const { t, i18n } = useTranslation()
  const [error, setError] = useState<{ code: string; message: string } | null>(null)
  const p = campaign.progress
  const number = (n: number) => n.toLocaleString(i18n.language)
  // Names for the accounts' table, limits for the pace's outlook.
  const accounts = useStore(accountsSelectors.list)
  const accountsLoaded = useStore(accountsSelectors.loaded)
  useEffect(() => {
    if (!accountsLoaded) void accountsRequested()
  }, [accountsLoaded])
  const now = useNow(30_000)
  // A cancelled campaign sends nothing again: its rows can be cleared or marked, not sent.
  const sendAgain = (action: RowAction): RowAction[] =>
    campaign.status === 'cancelled' ? [] : [action]

  const act = (action: 'pause' | 'resume' | 'cancel') => async () => {
    setError(null)
    try {
      campaignReceived(await outbox().campaigns[action]({ id: campaign.id }))
    } catch (e) {
      setError(errorOf(e))
    }
  }
  const [confirming, setConfirming] = useState(false)
  const [recipientFilter, setRecipientFilter] = useState<RecipientFilter>(NO_FILTER)
  const recipients = useRef<HTMLDivElement>(null)
  /** From a message read back: the recipients table, filtered to that address. */
  const showRecipient = (email: string) => {
    setRecipientFilter({ ...NO_FILTER, search: email })
    recipients.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' })
    recipients.current
      ?.querySelector<HTMLElement>('[data-testid="recipient-states-search"]')
      ?.focus()
  }
  // Until the accounts are known, the figures do not say the mailbox is unread.
  const mailboxRead =
    !accountsLoaded || campaign.accountIds.some((id) => accounts.find((a) => a.id === id)?.mailbox)
  const anyFeedback = Object.values(p.feedback).some((n) => n > 0)

  const open = campaign.status === 'sending' || campaign.status === 'paused'
  // Lists and the chart follow the progress, at most every two seconds.
  const version = useThrottledVersion(p, 2000)
  const exportReport = async () => {
    try {
      const report = await outbox().campaigns.report({
        id: campaign.id,
        delimiter: systemCsvDelimiter(),
        language: i18n.language === 'ru' ? 'ru' : 'en',
      })
      saveFile(report.filename, report.csv, 'text/csv;charset=utf-8')
    } catch (e) {
      setError(errorOf(e))
    }
  }
  return (
    <Stack maw={960}>
      <Group justify="space-between">
        <Group>
          <Title order={2}>{campaign.name}</Title>
          <StatusBadge status={campaign.status} />
        </Group>
        <Group>
          <Button variant="default" onClick={() => void exportReport()} data-testid="export-report">
            {t('campaigns.monitor.export')}
          </Button>
          {campaign.status === 'sending' && (
            <Button variant="default" onClick={() => void act('pause')()} data-testid="pause">
              {t('campaigns.monitor.pause')}
            </Button>
          )}
          {campaign.status === 'paused' && (
            <Button onClick={() => void act('resume')()} data-testid="resume">
              {t('campaigns.monitor.resume')}
            </Button>
          )}
          {open && (
            <Button
              color="red"
              variant="light"
              onClick={() => setConfirming(true)}
              data-testid="cancel"
            >
              {t('campaigns.monitor.cancel')}
            </Button>
          )}
        </Group>
      </Group>
      <ConfirmModal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('campaigns.monitor.cancelTitle')}
        body={t('campaigns.monitor.cancelBody')}
        confirmLabel={t('campaigns.monitor.cancel')}
        onConfirm={act('cancel')}
      />
      {campaign.status === 'paused' && campaign.statusReason && (
        <Alert color="yellow" data-testid="pause-reason">
          {t(`campaigns.monitor.reason.${reasonKey(campaign.statusReason)}`)}
          {campaign.statusDetail ? ` ${campaign.statusDetail}` : ''}
        </Alert>
      )}
      <WaitingNotice campaign={campaign} now={now} />
      <StoppedAccountsNotice campaign={campaign} accounts={accounts} />
      {error && (
        <Alert color="red">
          <ErrorText error={error} />
        </Alert>
      )}
      <Card withBorder>
        <Group justify="space-between" mb="xs">
          <Text fw={600}>{t('campaigns.monitor.progress')}</Text>
          <Text fw={600} data-testid="progress-percent">
            {formatPercent(p.percent, i18n.language)}
          </Text>
        </Group>
        <Progress.Root size="xl">
          <Progress.Section
            value={pct(p.sent, p.total)}
            color="green"
            aria-label={t('campaigns.monitor.sent')}
          />
          <Progress.Section
            value={pct(p.failed, p.total)}
            color="red"
            aria-label={t('campaigns.monitor.failed')}
          />
          <Progress.Section
            value={pct(p.uncertain, p.total)}
            color="orange"
            aria-label={t('campaigns.monitor.uncertain')}
          />
        </Progress.Root>
        <ProgressAnnouncer status={campaign.status} percent={p.percent} />
        <SimpleGrid cols={{ base: 3, md: 6 }} mt="md">
          <Count label={t('campaigns.monitor.total')} value={number(p.total)} id="total" />
          <Count label={t('campaigns.monitor.sent')} value={number(p.sent)} id="sent" />
          <Count label={t('campaigns.monitor.failed')} value={number(p.failed)} id="failed" />
          <Count
            label={t('campaigns.monitor.uncertain')}
            value={number(p.uncertain)}
            id="uncertain"
          />
          <Count label={t('campaigns.monitor.pending')} value={number(p.pending)} id="pending" />
          <Count label={t('campaigns.monitor.skipped')} value={number(p.skipped)} id="skipped" />
        </SimpleGrid>
        {campaign.status === 'sending' && (
          <Group mt="md" gap="xl">
            <Text size="sm" data-testid="progress-rate">
              {t('campaigns.monitor.rate', {
                rate: p.ratePerMinute.toLocaleString(i18n.language, { maximumFractionDigits: 1 }),
              })}
            </Text>
            {p.etaMs !== null && p.etaMs > 0 && p.waitingUntil === null && (
              <Text size="sm" data-testid="progress-eta">
                {t('campaigns.monitor.eta', {
                  duration: formatApproxDuration(p.etaMs, i18n.language),
                })}
              </Text>
            )}
          </Group>
        )}
        <SpreadPace campaign={campaign} accounts={accounts} now={now} />
      </Card>
      <FeedbackFigures feedback={p.feedback} sent={p.sent} mailboxRead={mailboxRead} />
      <AccountShares campaign={campaign} accounts={accounts} />
      <ActivityCard campaignId={campaign.id} version={version} />
      {(mailboxRead || anyFeedback) && (
        <FeedbackMessages
          campaignId={campaign.id}
          feedback={p.feedback}
          onShowRecipient={showRecipient}
        />
      )}
      <DeliveryList
        campaignId={campaign.id}
        state="failed"
        count={p.failed}
        title={t('campaigns.deliveries.failedTitle')}
        explanation={t('campaigns.deliveries.failedHint')}
        actions={[
          ...sendAgain({
            label: t('campaigns.deliveries.retry'),
            testId: 'retry',
            run: (deliveryId) => outbox().failed.retry({ campaignId: campaign.id, deliveryId }),
          }),
          {
            label: t('campaigns.deliveries.clear'),
            testId: 'clear',
            run: (deliveryId) => outbox().failed.clear({ campaignId: campaign.id, deliveryId }),
            confirm: {
              title: t('campaigns.deliveries.clearTitle'),
              body: t('campaigns.deliveries.clearBody'),
            },
          },
        ]}
      />
      <DeliveryList
        campaignId={campaign.id}
        state="uncertain"
        count={p.uncertain}
        title={t('campaigns.deliveries.uncertainTitle')}
        explanation={t('campaigns.deliveries.uncertainHint')}
        actions={[
          ...sendAgain({
            label: t('campaigns.deliveries.resend'),
            testId: 'resend',
            run: (deliveryId) => outbox().uncertain.resend({ campaignId: campaign.id, deliveryId }),
            confirm: {
              title: t('campaigns.deliveries.resendTitle'),
              body: t('campaigns.deliveries.resendBody'),
            },
          }),
          {
            label: t('campaigns.deliveries.markSent'),
            testId: 'mark-sent',
            run: (deliveryId) =>
              outbox().uncertain.markSent({ campaignId: campaign.id, deliveryId }),
          },
        ]}
      />
      <Card withBorder ref={recipients}>
        <Title order={3} size="h4" mb="sm">
          {t('campaigns.recipientStates.title')}
        </Title>
        <RecipientStates
          campaignId={campaign.id}
          version={version}
          filter={recipientFilter}
          onFilter={setRecipientFilter}
        />
      </Card>
    </Stack>
  )
}

const REASONS = ['user', 'account', 'quota', 'content', 'sender', 'protection'] as const
type ReasonKey = (typeof REASONS)[number] | 'other'
/** A reason this window has no words for yet is still a pause, with the engine's detail. */
function reasonKey(reason: string): ReasonKey {
  return (REASONS as readonly string[]).includes(reason) ? (reason as ReasonKey) : 'other'
}

/** A share in percent with one decimal, as screen readers read it out. */
function pct(part: number, total: number): number {
  return total === 0 ? 0 : Math.round((part / total) * 1000) / 10
}

function Count({ label, value, id }: { label: string; value: string; id: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={600} data-testid={`count-${id}`}>
        {value}
      </Text>
    </div>
  )
}
