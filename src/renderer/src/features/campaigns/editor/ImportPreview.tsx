import { Alert, Button, Group, ScrollArea, Select, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { FILE_ENCODINGS } from '@shared/textEncoding'
import { saveFile, systemCsvDelimiter } from '@renderer/files'
import { rejectedAsCsv, type FileChoice, type FilePreview } from './importSource'

const SHOWN_REJECTS = 200

/** Names as spreadsheets and text editors show them. */
const ENCODING_NAMES: Record<FilePreview['encoding'], string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE (Unicode)',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'Windows-1251',
}

/** What the engine read: how, which column, a sample, and every row it left out. */
export function ImportPreview({
  preview,
  editable,
  onChange,
}: {
  preview: FilePreview
  editable: boolean
  onChange: (change: Partial<FileChoice>) => void
}) {
  const { t, i18n } = useTranslation()
  const encodingLabel = (e: FilePreview['encoding']) =>
    ENCODING_NAMES[e] +
    (e === preview.encodingDetected ? ` (${t('campaigns.import.detected')})` : '')
  const delimiterLabel: Record<FilePreview['delimiter'], string> = {
    ',': t('campaigns.import.comma'),
    ';': t('campaigns.import.semicolon'),
    '\t': t('campaigns.import.tab'),
  }
  const reasonOf = (r: FilePreview['rejected'][number]) =>
    t(`campaigns.import.reasons.${r.kind}`, { ...r.params, defaultValue: r.reason })
  const exportRejected = () =>
    saveFile(
      'rejected-rows.csv',
      rejectedAsCsv(
        preview.rejected.map((r) => ({ line: r.line, reason: reasonOf(r) })),
        {
          line: t('campaigns.import.line'),
          reason: t('campaigns.import.reason'),
        },
        systemCsvDelimiter(),
      ),
      'text/csv;charset=utf-8',
    )
  const columns = preview.headers.filter((h) => h !== preview.emailColumn)

  return (
    <Stack data-testid="import-preview">
      {editable && (
        <Group grow align="flex-start">
          <Select
            label={t('campaigns.import.encoding')}
            value={preview.encoding}
            allowDeselect={false}
            data={FILE_ENCODINGS.map((e) => ({
              value: e,
              label: encodingLabel(e),
            }))}
            onChange={(v) => v && onChange({ encoding: v as FilePreview['encoding'] })}
            data-testid="import-encoding"
          />
          <Select
            label={t('campaigns.import.delimiter')}
            value={preview.delimiter}
            allowDeselect={false}
            data={([',', ';', '\t'] as const).map((d) => ({ value: d, label: delimiterLabel[d] }))}
            onChange={(v) => v && onChange({ delimiter: v as FilePreview['delimiter'] })}
          />
          <Select
            label={t('campaigns.import.emailColumn')}
            value={preview.emailColumn}
            allowDeselect={false}
            data={preview.headers}
            onChange={(v) => v && onChange({ emailColumn: v })}
            data-testid="import-email-column"
          />
        </Group>
      )}
      <Text data-testid="import-summary">
        {t('campaigns.import.summary', {
          count: preview.count,
          formatted: preview.count.toLocaleString(i18n.language),
          rejected: preview.rejected.length.toLocaleString(i18n.language),
        })}
      </Text>
      {columns.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('campaigns.import.variables')}{' '}
          {columns.map((c) => (
            <code key={c} style={{ marginRight: 8 }}>{`{{${c}}}`}</code>
          ))}
        </Text>
      )}
      {preview.timeZones && (
        <Text size="sm" data-testid="import-time-zones">
          {t('campaigns.import.timeZones', {
            column: preview.timeZones.column,
            known: preview.timeZones.known.toLocaleString(i18n.language),
            total: (preview.timeZones.known + preview.timeZones.unknown).toLocaleString(
              i18n.language,
            ),
          })}
          {preview.timeZones.unknown > 0 &&
            ' ' +
              t('campaigns.import.timeZonesUnknown', {
                unknown: preview.timeZones.unknown.toLocaleString(i18n.language),
                examples:
                  preview.timeZones.examples.map((e) => `“${e}”`).join(', ') ||
                  t('campaigns.import.emptyZone'),
              })}
        </Text>
      )}
      {preview.sample.length > 0 && (
        <ScrollArea>
          <Table withTableBorder striped fz="sm" data-testid="import-sample">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('campaigns.import.line')}</Table.Th>
                <Table.Th>{preview.emailColumn}</Table.Th>
                {columns.map((h) => (
                  <Table.Th key={h}>{h}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.sample.map((row) => (
                <Table.Tr key={row.line}>
                  <Table.Td>{row.line}</Table.Td>
                  <Table.Td>{row.email}</Table.Td>
                  {columns.map((h) => (
                    <Table.Td key={h}>{row.data[h] ?? ''}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {preview.ignoredColumns.length > 0 && (
        <Alert color="yellow" data-testid="import-ignored-columns">
          {t('campaigns.import.ignoredColumns', {
            columns: preview.ignoredColumns.map((c) => `“${c}”`).join(', '),
            count: preview.ignoredColumns.length,
          })}
        </Alert>
      )}
      {preview.rejected.length > 0 && (
        <Alert
          color="orange"
          title={t('campaigns.import.rejectedTitle', { count: preview.rejected.length })}
          data-testid="import-rejected"
        >
          <ScrollArea.Autosize mah={180}>
            <Stack gap={2}>
              {preview.rejected.slice(0, SHOWN_REJECTS).map((r) => (
                <Text size="sm" key={`${r.line}-${r.reason}`}>
                  {t('campaigns.import.rejectedRow', { line: r.line, reason: reasonOf(r) })}
                </Text>
              ))}
            </Stack>
          </ScrollArea.Autosize>
          <Button size="xs" variant="light" mt="sm" onClick={exportRejected}>
            {t('campaigns.import.exportRejected')}
          </Button>
        </Alert>
      )}
    </Stack>
  )
}
