import {
  Alert,
  Button,
  Card,
  Group,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Delivery } from '@shared/contract'
import { outbox } from '@renderer/client'
import { errorOf } from '@renderer/store/errorOf'
import { ConfirmModal } from '../../common/ConfirmModal'
import { ErrorText } from '../../common/ErrorText'
import { explainReply, serverWords } from './replyExplanation'

export interface RowAction {
  label: string
  run: (deliveryId: number | null) => Promise<unknown>
  /** Asked before acting on all rows. */
  confirm?: { title: string; body: string }
  testId: string
}

const SHOWN = 200

/**
 * The failed or uncertain sends of a campaign, with actions for one row or all of them. It
 * reloads when the campaign's counts change, so it follows the engine live.
 */
export function DeliveryList({
  campaignId,
  state,
  count,
  title,
  explanation,
  actions,
}: {
  campaignId: number
  state: 'failed' | 'uncertain'
  /** The campaign's count in this state: a change means the list changed. */
  count: number
  title: string
  explanation: string
  actions: RowAction[]
}) {
  const { t, i18n } = useTranslation()
  const [rows, setRows] = useState<Delivery[]>([])
  const [error, setError] = useState<{ code: string; message: string } | null>(null)
  const [asking, setAsking] = useState<RowAction | null>(null)

  const load = useCallback(
    () =>
      outbox()
        .deliveries.list({ campaignId, state, limit: SHOWN })
        .then(setRows)
        .catch((e: unknown) => setError(errorOf(e))),
    [campaignId, state],
  )
  useEffect(() => {
    void load()
  }, [load, count])

  const run = async (action: RowAction, deliveryId: number | null) => {
    setError(null)
    try {
      await action.run(deliveryId)
      await load()
    } catch (e) {
      setError(errorOf(e))
    }
  }

  if (rows.length === 0 && !error) return null
  return (
    <Card withBorder data-testid={`${state}-sends`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {title}
            </Title>
            <Text size="sm" c="dimmed" maw={640}>
              {explanation}
            </Text>
          </div>
          <Group gap="xs">
            {actions.map((a) => (
              <Button
                key={a.testId}
                size="xs"
                variant="light"
                data-testid={`${a.testId}-all`}
                onClick={() => (a.confirm ? setAsking(a) : void run(a, null))}
              >
                {t('campaigns.deliveries.all', { action: a.label })}
              </Button>
            ))}
          </Group>
        </Group>
        {error && (
          <Alert color="red">
            <ErrorText error={error} />
          </Alert>
        )}
        <ScrollArea.Autosize mah={420}>
          <Table fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('campaigns.deliveries.email')}</Table.Th>
                <Table.Th>{t('campaigns.deliveries.reply')}</Table.Th>
                <Table.Th w={80}>{t('campaigns.deliveries.attempts')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id} data-testid={`${state}-row`}>
                  <Table.Td>{row.email}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {t(
                        `campaigns.reply.${explainReply(row.lastCode, row.lastEnhanced, row.lastResponse)}`,
                      )}
                    </Text>
                    {serverWords(row.lastResponse) && (
                      <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-word' }}>
                        {row.lastResponse}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{row.attempts.toLocaleString(i18n.language)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {actions.map((a) => (
                        <Button
                          key={a.testId}
                          size="compact-xs"
                          variant="subtle"
                          onClick={() => void run(a, row.id)}
                          data-testid={a.testId}
                        >
                          {a.label}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        {count > SHOWN && (
          <Text size="xs" c="dimmed">
            {t('campaigns.deliveries.firstShown', { shown: SHOWN })}
          </Text>
        )}
      </Stack>
      <ConfirmModal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking?.confirm?.title ?? ''}
        body={asking?.confirm?.body ?? ''}
        confirmLabel={asking ? t('campaigns.deliveries.all', { action: asking.label }) : ''}
        onConfirm={() => (asking ? run(asking, null) : undefined)}
      />
    </Card>
  )
}
