import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { outbox } from '@renderer/client'
import { momentWords } from '@renderer/format/moment'
import { hoursSummary } from '@renderer/format/sendingHours'
import { zoneName } from '@renderer/format/zoneName'
import { accountsSelectors } from '@renderer/store/accounts/state'
import { campaignReceived } from '@renderer/store/campaigns/actions'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { errorOf, type ShownError } from '@renderer/store/errorOf'
import { useStore } from '@renderer/store/store'
import { accountName } from '../../accounts/accountName'
import { ErrorText } from '../../common/ErrorText'
import { StatusBadge } from '../StatusBadge'
import { ScheduleDialog } from './ScheduleDialog'
import { startFailureText } from './startFailureText'
import { startsAtText } from './startsAt'

/** A scheduled campaign always has its schedule; should it lack one, the questions still read. */
const unknownDue = { day: '—', time: '—', zone: '—' }

/**
 * A scheduled campaign: when it starts and what will go out, with Start now, Reschedule and
 * Back to a draft. A start missed while Outbox was closed (and set to ask) is a question; a
 * start that failed says why.
 */
export function ScheduledCampaign({ campaign }: { campaign: CampaignView }) {
  const { t, i18n } = useTranslation()
  const [now] = useState(() => Date.now())
  const [busy, setBusy] = useState<'start' | 'unschedule' | null>(null)
  const [error, setError] = useState<ShownError | null>(null)
  const [moving, setMoving] = useState(false)
  const schedule = campaign.schedule
  const reason = campaign.statusReason
  // When it was due, for the questions: "today at 09:00 (Europe/Moscow)".
  const due = schedule && {
    ...momentWords(schedule.at, schedule.zone, now, t, i18n.language),
    zone: zoneName(schedule.zone),
  }

  const act = (action: 'start' | 'unschedule') => async () => {
    setBusy(action)
    setError(null)
    try {
      campaignReceived(await outbox().campaigns[action]({ id: campaign.id }))
    } catch (e) {
      setError(errorOf(e))
    } finally {
      setBusy(null)
    }
  }
  const choices = (keep: string) => (
    <Group gap="xs" wrap="wrap">
      <Button
        onClick={() => void act('start')()}
        loading={busy === 'start'}
        data-testid="start-now"
      >
        {t('campaigns.schedule.startNow')}
      </Button>
      <Button variant="default" onClick={() => setMoving(true)} data-testid="reschedule">
        {t('campaigns.schedule.reschedule')}
      </Button>
      <Button
        variant="default"
        onClick={() => void act('unschedule')()}
        loading={busy === 'unschedule'}
        data-testid="unschedule"
      >
        {keep}
      </Button>
    </Group>
  )

  return (
    <Stack maw={960}>
      <Group justify="space-between" align="flex-start">
        <Group>
          <Title order={2}>{campaign.name}</Title>
          <StatusBadge status={campaign.status} reason={reason} />
        </Group>
        {reason !== 'missed' && choices(t('campaigns.schedule.unschedule'))}
      </Group>
      {reason === 'missed' && (
        <Alert color="orange" title={t('campaigns.schedule.missedTitle')} data-testid="missed">
          <Stack gap="sm">
            <Text size="sm">{t('campaigns.schedule.missedBody', due ?? unknownDue)}</Text>
            {choices(t('campaigns.schedule.keepDraft'))}
          </Stack>
        </Alert>
      )}
      {reason === 'startFailed' && (
        <Alert color="red" title={t('campaigns.schedule.failedTitle')} data-testid="start-failed">
          {t('campaigns.schedule.failedBody', due ?? unknownDue)}{' '}
          {startFailureText(campaign.statusDetail, t, i18n)}
        </Alert>
      )}
      {error && (
        <Alert color="red" data-testid="schedule-action-error">
          <ErrorText error={error} />
        </Alert>
      )}
      <Card withBorder>
        {schedule && (
          <Text size="lg" fw={600} data-testid="starts-at">
            {startsAtText(schedule, now, t, i18n.language)}
          </Text>
        )}
        {schedule && (
          <Text size="sm" c="dimmed" mt={4}>
            {schedule.missedStart === 'start'
              ? t('campaigns.schedule.ifClosedStart')
              : t('campaigns.schedule.ifClosedAsk')}
          </Text>
        )}
        <Summary campaign={campaign} />
        <Text size="sm" c="dimmed" mt="sm">
          {t('campaigns.schedule.notEditable')}
        </Text>
      </Card>
      <ScheduleDialog campaign={campaign} opened={moving} onClose={() => setMoving(false)} />
    </Stack>
  )
}

/** What will go out: how many, through which accounts, within which hours. */
function Summary({ campaign }: { campaign: CampaignView }) {
  const { t, i18n } = useTranslation()
  const accounts = useStore(accountsSelectors.list)
  const ids = campaign.accountIds.length > 0 ? campaign.accountIds : [campaign.accountId]
  const names = ids.map((id) => {
    const account = accounts.find((a) => a.id === id)
    return account ? accountName(account, t) : t('campaigns.sending.missingAccount', { id })
  })
  const hours = campaign.policy.sendingHours
  return (
    <Stack gap={4} mt="md">
      <Title order={3} size="h5">
        {t('campaigns.schedule.summaryTitle')}
      </Title>
      <List size="sm" data-testid="scheduled-summary">
        <List.Item>
          {t('campaigns.schedule.recipients', {
            count: campaign.recipients,
            formatted: campaign.recipients.toLocaleString(i18n.language),
          })}
        </List.Item>
        <List.Item>{t('campaigns.schedule.through', { accounts: names.join(', ') })}</List.Item>
        <List.Item>
          {hours
            ? t('campaigns.schedule.hours', { hours: hoursSummary(hours, t, i18n.language) })
            : t('campaigns.schedule.anyTime')}
        </List.Item>
      </List>
    </Stack>
  )
}
