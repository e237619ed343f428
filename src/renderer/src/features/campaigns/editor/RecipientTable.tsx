import { Group, Pagination, ScrollArea, Table, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RecipientRow } from '@shared/contract'
import { outbox } from '@renderer/client'

const PAGE = 50

/** The campaign's recipients as imported, a page at a time, searchable. */
export function RecipientTable({ campaignId }: { campaignId: number }) {
  const { t, i18n } = useTranslation()
  const [search, setSearch] = useState('')
  const [query] = useDebouncedValue(search.trim(), 250)
  const [page, setPage] = useState(1)
  const [result, setResult] = useState<{
    total: number
    items: RecipientRow[]
  } | null>(null)

  useEffect(() => {
    let live = true
    outbox()
      .campaigns.recipients({
        id: campaignId,
        search: query || null,
        limit: PAGE,
        offset: (page - 1) * PAGE,
      })
      .then((r) => live && setResult(r))
      .catch(() => live && setResult({ total: 0, items: [] }))
    return () => {
      live = false
    }
  }, [campaignId, query, page])

  const columns = [...new Set(result?.items.flatMap((r) => Object.keys(r.data)) ?? [])]
  return (
    <>
      <TextInput
        placeholder={t('campaigns.recipients.search')}
        aria-label={t('campaigns.recipients.search')}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value)
          setPage(1)
        }}
        maw={360}
      />
      <ScrollArea>
        <Table striped fz="sm" data-testid="recipient-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={70}>#</Table.Th>
              <Table.Th>{t('campaigns.recipients.email')}</Table.Th>
              {columns.map((c) => (
                <Table.Th key={c}>{c}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {result?.items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.row}</Table.Td>
                <Table.Td>{r.email}</Table.Td>
                {columns.map((c) => (
                  <Table.Td key={c}>{String(r.data[c] ?? '')}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      {result && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {t('campaigns.recipients.found', {
              formatted: result.total.toLocaleString(i18n.language),
              count: result.total,
            })}
          </Text>
          {result.total > PAGE && (
            <Pagination
              total={Math.ceil(result.total / PAGE)}
              value={page}
              onChange={setPage}
              size="sm"
              getControlProps={(control) =>
                control === 'previous' || control === 'next'
                  ? { 'aria-label': t(`campaigns.recipients.${control}Page`) }
                  : {}
              }
            />
          )}
        </Group>
      )}
    </>
  )
}
