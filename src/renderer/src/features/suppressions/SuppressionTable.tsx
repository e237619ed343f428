import { Button, Table, Text, VisuallyHidden } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../format/date'
import { settingsSelectors } from '../../store/settings/state'
import type { Suppression } from '../../store/suppressions/state'
import { useStore } from '../../store/store'

/** One page of the list: address, why, when, and a way to let it receive mail again. */
export function SuppressionTable({
  items,
  onRemove,
}: {
  items: Suppression[]
  onRemove: (email: string) => void
}) {
  const { t } = useTranslation()
  const language = useStore(settingsSelectors.language)
  return (
    <Table layout="fixed" striped data-testid="suppression-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('suppressions.email')}</Table.Th>
          <Table.Th>{t('suppressions.why')}</Table.Th>
          <Table.Th w={190}>{t('suppressions.date')}</Table.Th>
          <Table.Th w={110}>
            <VisuallyHidden>{t('suppressions.remove')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((s) => (
          <Table.Tr key={s.email} data-testid="suppression-row" data-email={s.email}>
            <Table.Td style={{ overflowWrap: 'anywhere' }}>{s.email}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={2} title={s.reason}>
                {s.reason}
              </Text>
            </Table.Td>
            <Table.Td>{formatDateTime(s.createdAt, language)}</Table.Td>
            <Table.Td>
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                aria-label={t('suppressions.removeNamed', { email: s.email })}
                onClick={() => onRemove(s.email)}
              >
                {t('suppressions.remove')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
