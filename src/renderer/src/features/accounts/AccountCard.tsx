import { Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core'
import type { TFunction } from 'i18next'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { hoursSummary } from '@renderer/format/sendingHours'
import { accountName } from './accountName'
import type { Account } from '../../store/accounts/state'
import { MailboxState } from './MailboxState'
import { rampWords, todayWords } from './warmupWords'

/** One account: where it sends from, how, and how much it has sent against its limits. */
export function AccountCard({
  account: a,
  now,
  onEdit,
  onDelete,
}: {
  account: Account
  /** For "last read 5 min. ago". */
  now: number
  onEdit: () => void
  onDelete: () => void
}) {
  const { t, i18n } = useTranslation()
  const hour =
    a.hourlyCap === null
      ? t('accounts.usageHourNoCap', { used: a.usage.lastHour })
      : t('accounts.usageHour', { used: a.usage.lastHour, cap: a.hourlyCap })
  const day =
    a.dailyCap === null
      ? t('accounts.usageDayNoCap', { used: a.usage.lastDay })
      : t('accounts.usageDay', { used: a.usage.lastDay, cap: a.dailyCap })
  const from = a.fromName ? `${a.fromName} <${a.fromEmail}>` : a.fromEmail
  const rows: [string, ReactNode, string][] = [
    [
      t('accounts.server'),
      `${a.host}:${a.port} · ${t(`accounts.security.${a.security}`)}`,
      'server',
    ],
    [t('accounts.from'), from, 'from'],
    ...(a.replyTo
      ? [[t('accounts.replyTo'), a.replyTo, 'reply-to'] as [string, ReactNode, string]]
      : []),
    [
      t('accounts.dkim'),
      a.dkim ? t('accounts.dkimOn', { domain: a.dkim.domain }) : t('accounts.dkimOff'),
      'dkim',
    ],
    [
      t('accounts.pace'),
      t('accounts.paceValue', {
        seconds: (a.defaults.delayMs / 1000).toLocaleString(i18n.language),
        count: a.defaults.concurrency,
      }),
      'pace',
    ],
    [t('accounts.usage'), `${hour}; ${day}`, 'usage'],
  ]
  // The test inbox sends nothing out: it has no reputation to warm up, nor hours to keep.
  if (!a.builtin)
    rows.push(
      [
        t('accounts.hours'),
        a.sendingHours ? hoursSummary(a.sendingHours, t, i18n.language) : t('accounts.hoursAny'),
        'hours',
      ],
      [t('accounts.warmup.label'), warmupState(a, t, i18n.language), 'warmup'],
    )
  // The test inbox's own mailbox is built in too: shown, not set up.
  if (!a.builtin || a.mailbox)
    rows.push([
      t('accounts.mailbox.label'),
      a.mailbox ? (
        <MailboxState account={a} name={accountName(a, t)} mailbox={a.mailbox} now={now} />
      ) : (
        t('accounts.mailbox.off')
      ),
      'mailbox',
    ])
  return (
    <Card withBorder data-testid={`account-row-${a.id}`} component="article" aria-label={a.name}>
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Group gap="xs">
          <Title order={3} size="h4">
            {accountName(a, t)}
          </Title>
          {a.builtin && (
            <Badge variant="light" color="grape">
              {t('accounts.builtin')}
            </Badge>
          )}
        </Group>
        {!a.builtin && (
          <Group gap="xs" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              onClick={onEdit}
              aria-label={t('accounts.editNamed', { name: a.name })}
              data-testid={`account-edit-${a.id}`}
            >
              {t('accounts.edit')}
            </Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={onDelete}
              aria-label={t('accounts.deleteNamed', { name: a.name })}
              data-testid={`account-delete-${a.id}`}
            >
              {t('accounts.delete')}
            </Button>
          </Group>
        )}
      </Group>
      {a.builtin && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('accounts.builtinHelp')}
        </Text>
      )}
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {rows.map(([label, value, id]) => (
            <Table.Tr key={id}>
              <Table.Th w={160} fw={500} c="dimmed">
                {label}
              </Table.Th>
              <Table.Td data-testid={`account-${id}`} style={{ overflowWrap: 'anywhere' }}>
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  )
}

/** Where the warm-up stands today; its ramp until the engine has counted a day. */
function warmupState(a: Account, t: TFunction, language: string): string {
  const w = a.warmup
  if (w === null) return t('accounts.warmup.off')
  if (a.warmupToday) return todayWords(w, a.warmupToday, t, language)
  return rampWords({ start: w.startPerDay, target: w.targetPerDay, days: w.days }, t, language)
}
