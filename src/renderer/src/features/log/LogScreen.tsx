import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  CopyButton,
  Group,
  ScrollArea,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Title,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core'
import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LogEntry } from '@shared/contract'
import { outbox } from '../../client'
import { campaignsRequested } from '../../store/campaigns/actions'
import { campaignsSelectors } from '../../store/campaigns/state'
import { errorOf } from '../../store/errorOf'
import { useStore } from '../../store/store'
import { ErrorText } from '../common/ErrorText'
import { LogMessage } from './LogMessage'
import { logLine, mergeNewest } from './logLines'
import { logSentence } from './logSentence'

type Level = LogEntry['level']
const PAGE = 200
/** Following the log asks for news this often; cheap, and calmer than a push per email. */
const FOLLOW_EVERY_MS = 2000
const LEVEL_COLORS: Record<Level, string> = { info: 'blue', warn: 'yellow', error: 'red' }

/** Every sent and failed email and every campaign event, newest first, filtered and live. */
export function LogScreen() {
  const { t, i18n } = useTranslation()
  const campaigns = useStore(campaignsSelectors.list)
  const [campaignId, setCampaignId] = useState<number | null>(null)
  const [level, setLevel] = useState<Level | null>(null)
  const [follow, setFollow] = useState(true)
  const [entries, setEntries] = useState<LogEntry[]>([])
  const [more, setMore] = useState(false)
  const [error, setError] = useState<{ code: string; message: string } | null>(null)

  const fetchPage = useCallback(
    (beforeId: number | null) => outbox().log.list({ campaignId, level, beforeId, limit: PAGE }),
    [campaignId, level],
  )

  useEffect(() => {
    void campaignsRequested()
  }, [])

  useEffect(() => {
    let live = true
    const refresh = (first: boolean) =>
      fetchPage(null)
        .then((page) => {
          if (!live) return
          setEntries((old) => (first ? page : mergeNewest(old, page)))
          if (first) setMore(page.length === PAGE)
          setError(null)
        })
        .catch((e: unknown) => live && setError(errorOf(e)))
    void refresh(true)
    const timer = follow ? setInterval(() => void refresh(false), FOLLOW_EVERY_MS) : undefined
    return () => {
      live = false
      clearInterval(timer)
    }
  }, [fetchPage, follow])

  const older = async () => {
    const page = await fetchPage(entries.at(-1)?.id ?? null)
    setEntries((old) => [...old, ...page])
    setMore(page.length === PAGE)
  }
  const text = (e: LogEntry) => logSentence(t, i18n, e) ?? e.message
  // A deleted campaign's lines stay in the log under the name it had.
  const campaignName = (e: LogEntry) => {
    if (e.campaignId === null) return ''
    if (e.campaign?.deleted) return t('log.deletedCampaign', { name: e.campaign.name })
    const live = campaigns?.find((c) => c.id === e.campaignId)?.name
    return live ?? e.campaign?.name ?? `#${e.campaignId}`
  }

  return (
    <Stack>
      <Title order={2}>{t('log.title')}</Title>
      <Group align="flex-end">
        <Select
          label={t('log.campaign')}
          placeholder={t('log.allCampaigns')}
          clearable
          value={campaignId === null ? null : String(campaignId)}
          data={(campaigns ?? []).map((c) => ({ value: String(c.id), label: c.name }))}
          onChange={(v) => setCampaignId(v === null ? null : Number(v))}
          w={280}
        />
        <Select
          label={t('log.level')}
          placeholder={t('log.allLevels')}
          clearable
          value={level}
          data={(['info', 'warn', 'error'] as const).map((l) => ({
            value: l,
            label: t(`log.levels.${l}`),
          }))}
          onChange={(v) => setLevel(v as Level | null)}
          w={180}
          data-testid="log-level"
        />
        <Switch
          label={t('log.follow')}
          checked={follow}
          onChange={(e) => setFollow(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {error && (
        <Alert color="red">
          <ErrorText error={error} />
        </Alert>
      )}
      {entries.length === 0 && !error ? (
        <Text c="dimmed" data-testid="log-empty">
          {t('log.empty')}
        </Text>
      ) : (
        <ScrollArea>
          <Table fz="sm" striped verticalSpacing={4} data-testid="log-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>{t('log.time')}</Table.Th>
                <Table.Th w={140}>{t('log.level')}</Table.Th>
                <Table.Th>{t('log.campaign')}</Table.Th>
                <Table.Th>{t('log.event')}</Table.Th>
                <Table.Th w={40}>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id} data-testid="log-row">
                  <Table.Td>{new Date(e.at).toLocaleString(i18n.language)}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={LEVEL_COLORS[e.level]}>
                      {t(`log.levels.${e.level}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{campaignName(e)}</Table.Td>
                  <Table.Td>
                    <LogMessage entry={e} />
                  </Table.Td>
                  <Table.Td>
                    <CopyButton value={logLine(e, campaignName(e), text(e))}>
                      {({ copied, copy }) => (
                        <Tooltip label={copied ? t('about.copied') : t('log.copy')}>
                          <ActionIcon variant="subtle" onClick={copy} aria-label={t('log.copy')}>
                            {copied ? '✓' : <CopyIcon />}
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </CopyButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {more && (
        <Button variant="default" w="fit-content" onClick={() => void older()}>
          {t('log.older')}
        </Button>
      )}
    </Stack>
  )
}

/** Two overlapping sheets: the usual "copy" picture, drawn so it needs no icon font. */
function CopyIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" aria-hidden>
      <rect x="5.5" y="5.5" width="8" height="8" rx="1.5" />
      <path d="M10.5 3.5v-1a1 1 0 0 0-1-1h-7a1 1 0 0 0-1 1v7a1 1 0 0 0 1 1h1" />
    </svg>
  )
}
