import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  Pagination,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useDebouncedCallback } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from '../../store/store'
import { suppressionsRequested } from '../../store/suppressions/actions'
import {
  SUPPRESSIONS_PAGE_SIZE,
  suppressionsSelectors as sel,
} from '../../store/suppressions/state'
import { ErrorText } from '../common/ErrorText'
import { FeedbackViewer } from '../mailbox/FeedbackViewer'
import { AddSuppressions } from './AddSuppressions'
import { RemoveSuppressionModal } from './RemoveSuppressionModal'
import { SuppressionTable } from './SuppressionTable'

export function SuppressionsScreen() {
  const { t } = useTranslation()
  const items = useStore(sel.items)
  const total = useStore(sel.total)
  const page = useStore(sel.page)
  const loaded = useStore(sel.loaded)
  const error = useStore(sel.error)
  const [search, setSearch] = useState(() => useStore.getState().suppressions.search)
  const [removing, setRemoving] = useState<string | null>(null)
  const [adding, setAdding] = useState(false)
  const [viewing, setViewing] = useState<number | null>(null)
  const searchChanged = useDebouncedCallback(
    (value: string) => void suppressionsRequested({ search: value, page: 0 }),
    300,
  )

  useEffect(() => void suppressionsRequested(), [])

  const pages = Math.max(1, Math.ceil(total / SUPPRESSIONS_PAGE_SIZE))
  const searching = search.trim() !== ''
  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={2}>{t('suppressions.title')}</Title>
        <Button onClick={() => setAdding(true)} data-testid="suppression-open-add">
          {t('suppressions.addTitle')}
        </Button>
      </Group>
      <Text c="dimmed">{t('suppressions.intro')}</Text>
      <Modal
        opened={adding}
        onClose={() => setAdding(false)}
        title={t('suppressions.addTitle')}
        size="lg"
      >
        <AddSuppressions onDone={() => setAdding(false)} />
      </Modal>
      <Group justify="space-between" align="flex-end">
        <TextInput
          type="search"
          label={t('suppressions.search')}
          placeholder={t('suppressions.searchPlaceholder')}
          w={320}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value)
            searchChanged(e.currentTarget.value)
          }}
          data-testid="suppression-search"
        />
        {loaded && (
          <Text size="sm" c="dimmed" data-testid="suppression-total">
            {t('suppressions.total', { count: total })}
          </Text>
        )}
      </Group>
      {error && (
        <Alert color="red" title={t('suppressions.loadFailed')} role="alert">
          <ErrorText error={error} />
        </Alert>
      )}
      {!loaded && !error && <Loader aria-label={t('suppressions.loading')} />}
      {loaded && items.length === 0 && (
        <Text c="dimmed" data-testid="suppression-empty">
          {searching
            ? t('suppressions.noMatch', { search: search.trim() })
            : t('suppressions.empty')}
        </Text>
      )}
      {items.length > 0 && (
        <SuppressionTable items={items} onRemove={setRemoving} onView={setViewing} />
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page + 1}
          onChange={(p) => void suppressionsRequested({ page: p - 1 })}
          aria-label={t('suppressions.pages')}
        />
      )}
      <RemoveSuppressionModal email={removing} onClose={() => setRemoving(null)} />
      <FeedbackViewer id={viewing} onClose={() => setViewing(null)} />
    </Stack>
  )
}
