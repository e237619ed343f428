import { Alert, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { QueueSnapshot } from '@shared/contract'
import { outbox } from '../../client'
import { accountsRequested } from '../../store/accounts/actions'
import { accountsSelectors } from '../../store/accounts/state'
import { errorOf } from '../../store/errorOf'
import { useStore } from '../../store/store'
import { accountName } from '../accounts/accountName'
import { ErrorText } from '../common/ErrorText'
import { WarmupAllowance } from './WarmupAllowance'

type Snapshot = QueueSnapshot
const STATES = [
  'queued',
  'sending',
  'retrying',
  'sent',
  'failed',
  'uncertain',
  'skipped',
  'cancelled',
] as const
const BADGE_WRAPS = {
  root: { overflow: 'visible', height: 'auto', paddingBlock: 2 },
  label: { overflow: 'visible', whiteSpace: 'normal' },
} as const
/** The queue changes with every send; a look every second is live enough and costs little. */
const REFRESH_MS = 1000

/** Every campaign's deliveries by state, what is in flight, and each account's pace and limits. */
export function QueueScreen() {
  const { t, i18n } = useTranslation()
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null)
  /** When the snapshot was taken: a throttle or cap that ended by then is over. */
  const [takenAt, setTakenAt] = useState(0)
  const accounts = useStore(accountsSelectors.list)
  const [error, setError] = useState<{ code: string; message: string } | null>(null)

  useEffect(() => {
    let live = true
    const load = () =>
      // Usage against the caps changes with each send: the accounts come along.
      Promise.all([outbox().queue.snapshot(), accountsRequested()])
        .then(([s]) => {
          if (!live) return
          setSnapshot(s)
          setTakenAt(Date.now())
          setError(null)
        })
        .catch((e: unknown) => live && setError(errorOf(e)))
    void load()
    const timer = setInterval(() => void load(), REFRESH_MS)
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [])

  const number = (n: number) => n.toLocaleString(i18n.language)
  const time = (at: number) => new Date(at).toLocaleTimeString(i18n.language)
  const active = new Map(snapshot?.accounts.map((a) => [a.accountId, a]))

  return (
    <Stack maw={1100}>
      <Title order={2}>{t('queue.title')}</Title>
      <Text c="dimmed" size="sm">
        {t('queue.hint')}
      </Text>
      {error && (
        <Alert color="red">
          <ErrorText error={error} />
        </Alert>
      )}
      {snapshot && (
        <>
          <Card withBorder>
            <SimpleGrid cols={{ base: 4, lg: 8 }}>
              {STATES.map((state) => (
                <div key={state}>
                  <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                    {t(`queue.states.${state}`)}
                  </Text>
                  <Text size="xl" fw={600} data-testid={`queue-${state}`}>
                    {number(snapshot.byState[state] ?? 0)}
                  </Text>
                </div>
              ))}
            </SimpleGrid>
            <Group mt="md" gap="xl">
              <Text size="sm">
                {t('queue.inFlight')}:{' '}
                <b data-testid="queue-in-flight">{number(snapshot.inFlight)}</b>
              </Text>
              <Text size="sm">
                {t('queue.nextAttempt')}:{' '}
                <b>{snapshot.nextAttemptAt ? time(snapshot.nextAttemptAt) : '—'}</b>
              </Text>
            </Group>
          </Card>
          <Card withBorder>
            <Title order={3} size="h4" mb="sm">
              {t('queue.accounts')}
            </Title>
            <Table fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('queue.account')}</Table.Th>
                  <Table.Th>{t('queue.state')}</Table.Th>
                  <Table.Th>{t('queue.pace')}</Table.Th>
                  <Table.Th>{t('queue.lastHour')}</Table.Th>
                  <Table.Th>{t('queue.lastDay')}</Table.Th>
                  <Table.Th>{t('queue.warmup')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.map((a) => {
                  const s = active.get(a.id)
                  const now = takenAt
                  const state =
                    s?.cappedUntil && s.cappedUntil > now
                      ? { color: 'orange', label: t('queue.capped', { time: time(s.cappedUntil) }) }
                      : s?.throttledUntil && s.throttledUntil > now
                        ? {
                            color: 'yellow',
                            label: t('queue.throttled', { time: time(s.throttledUntil) }),
                          }
                        : s?.sending
                          ? { color: 'blue', label: t('queue.sending') }
                          : { color: 'gray', label: t('queue.idle') }
                  return (
                    <Table.Tr key={a.id} data-testid={`queue-account-${a.id}`}>
                      <Table.Td>{accountName(a, t)}</Table.Td>
                      <Table.Td>
                        {/*
                          Never cut: "paused until 14:30" is the point of the badge. It wraps
                          instead, so the table fits a 1024 px window in Russian.
                        */}
                        <Badge variant="light" color={state.color} radius="sm" styles={BADGE_WRAPS}>
                          {state.label}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {t('queue.paceValue', {
                          // While it sends, the pace in force (after any slow-down); idle, its default.
                          seconds: (
                            (s?.sending ? s.paceMs : a.defaults.delayMs) / 1000
                          ).toLocaleString(i18n.language, { maximumFractionDigits: 2 }),
                        })}
                      </Table.Td>
                      <Table.Td>
                        {number(a.usage.lastHour)}
                        {a.hourlyCap ? ` / ${number(a.hourlyCap)}` : ''}
                      </Table.Td>
                      <Table.Td>
                        {number(a.usage.lastDay)}
                        {a.dailyCap ? ` / ${number(a.dailyCap)}` : ''}
                      </Table.Td>
                      <Table.Td data-testid={`queue-warmup-${a.id}`}>
                        {/* The queue's look is the fresher; an idle account has the list's. */}
                        <WarmupAllowance today={s?.warmup ?? a.warmupToday} now={now} />
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </Card>
        </>
      )}
    </Stack>
  )
}
