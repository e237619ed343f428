import { formatPercent } from '../../format/percent'
import {
  Alert,
  Anchor,
  Button,
  Group,
  Loader,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { campaignReceived } from '../../store/campaigns/actions'
import { campaignsSelectors } from '../../store/campaigns/state'
import { errorOf } from '../../store/errorOf'
import { useStore } from '../../store/store'
import { campaignOpened } from '../../store/ui/actions'
import { ErrorText } from '../common/ErrorText'
import { createCampaign, type NewCampaignChoice } from './newCampaign/createCampaign'
import { NewCampaignDialog } from './newCampaign/NewCampaignDialog'
import { CampaignActions } from './CampaignActions'
import { FirstRun } from './FirstRun'
import { filterCampaigns, type StatusFilter } from './filterCampaigns'
import { StatusBadge } from './StatusBadge'
import { startsAtText } from './schedule/startsAt'

const STATUSES = ['draft', 'scheduled', 'sending', 'paused', 'completed', 'cancelled'] as const

export function CampaignList() {
  const { t, i18n } = useTranslation()
  const list = useStore(campaignsSelectors.list)
  const loadError = useStore(campaignsSelectors.error)
  const [creating, setCreating] = useState(false)
  const [error, setError] = useState<{ code: string; message: string } | null>(null)
  const [search, setSearch] = useState('')
  const [status, setStatus] = useState<StatusFilter>('all')
  const shown = list && filterCampaigns(list, search, status)
  // Short dates (no seconds) keep the table within a 1024-pixel window.
  const when = (at: number) =>
    new Date(at).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' })

  const [choosing, setChoosing] = useState(false)
  // Whether a scheduled start needs its year: judged once, when the list opens.
  const [now] = useState(() => Date.now())
  const create = async (choice: NewCampaignChoice) => {
    setCreating(true)
    setError(null)
    try {
      const campaign = await createCampaign(choice, t, i18n.language)
      setChoosing(false)
      campaignReceived(campaign)
      campaignOpened(campaign.id)
    } catch (e) {
      setChoosing(false)
      setError(errorOf(e))
    } finally {
      setCreating(false)
    }
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t('campaigns.title')}</Title>
        <Button onClick={() => setChoosing(true)} loading={creating} data-testid="campaign-new">
          {t('campaigns.new')}
        </Button>
      </Group>
      {error && (
        <Alert color="red">
          <ErrorText error={error} />
        </Alert>
      )}
      {loadError && (
        <Alert color="red">
          <ErrorText error={loadError} />
        </Alert>
      )}
      {list === null && !loadError && <Loader />}
      {list?.length === 0 && <FirstRun onCreate={() => setChoosing(true)} creating={creating} />}
      <NewCampaignDialog
        opened={choosing}
        onClose={() => setChoosing(false)}
        onChoose={(choice) => void create(choice)}
        busy={creating}
      />
      {list && list.length > 0 && (
        <Group>
          <TextInput
            placeholder={t('campaigns.search')}
            aria-label={t('campaigns.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={280}
            data-testid="campaign-search"
          />
          <Select
            aria-label={t('campaigns.columns.status')}
            value={status}
            allowDeselect={false}
            onChange={(v) => v && setStatus(v as StatusFilter)}
            data={[
              { value: 'all', label: t('campaigns.allStatuses') },
              ...STATUSES.map((s) => ({ value: s, label: t(`campaigns.status.${s}`) })),
            ]}
            w={200}
          />
        </Group>
      )}
      {shown && shown.length === 0 && list!.length > 0 && (
        <Text c="dimmed">{t('campaigns.noMatch')}</Text>
      )}
      {shown && shown.length > 0 && (
        <Table highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('campaigns.columns.name')}</Table.Th>
              <Table.Th miw={175}>{t('campaigns.columns.status')}</Table.Th>
              <Table.Th w={150}>{t('campaigns.columns.progress')}</Table.Th>
              <Table.Th>{t('campaigns.columns.recipients')}</Table.Th>
              {/* Below 1200 px the creation date gives way, so the table fits 1024 px. */}
              <Table.Th visibleFrom="lg">{t('campaigns.columns.created')}</Table.Th>
              <Table.Th>{t('campaigns.columns.finished')}</Table.Th>
              <Table.Th w={50}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((c) => (
              <Table.Tr
                key={c.id}
                data-testid={`campaign-row-${c.id}`}
                style={{ cursor: 'pointer' }}
                onClick={() => campaignOpened(c.id)}
              >
                <Table.Td>
                  {/* A link-styled button wraps a long name, so the table fits 1024 px. */}
                  <Anchor
                    component="button"
                    fw={600}
                    ta="start"
                    onClick={() => campaignOpened(c.id)}
                  >
                    {c.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={c.status} reason={c.statusReason} />
                </Table.Td>
                <Table.Td>
                  {c.status === 'draft' || c.status === 'scheduled' ? (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Progress
                        value={c.progress.percent}
                        w={80}
                        aria-label={t('campaigns.progressOf', { name: c.name })}
                      />
                      <Text size="sm">{formatPercent(c.progress.percent, i18n.language)}</Text>
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>{c.recipients.toLocaleString(i18n.language)}</Table.Td>
                <Table.Td visibleFrom="lg">{when(c.createdAt)}</Table.Td>
                <Table.Td>
                  {c.completedAt || c.cancelledAt
                    ? when((c.completedAt ?? c.cancelledAt)!)
                    : c.startedAt
                      ? t('campaigns.startedAt', { time: when(c.startedAt) })
                      : c.status === 'scheduled' && c.schedule
                        ? startsAtText(c.schedule, now, t, i18n.language)
                        : '—'}
                </Table.Td>
                <Table.Td>
                  <CampaignActions campaign={c} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
