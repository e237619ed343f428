import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
} from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PreviewResult, RecipientRow } from '@shared/contract'
import { outbox } from '@renderer/client'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftSaved } from '@renderer/store/draft/actions'
import { errorOf } from '@renderer/store/errorOf'
import { TemplateProblem } from './TemplateProblem'
import { ErrorText } from '../../common/ErrorText'
import { SandboxedHtml } from '../../common/SandboxedHtml'
import { TestSendPanel } from './TestSendPanel'

type Preview = PreviewResult
const WIDTHS = { desktop: '100%', mobile: 375 } as const

/** The message exactly as one recipient gets it, in a sandboxed frame, and a test send. */
export function PreviewStep({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation()
  const [row, setRow] = useState(1)
  const [recipientId, setRecipientId] = useState<number | null>(null)
  const [preview, setPreview] = useState<Preview | null>(null)
  const [error, setError] = useState<{ code: string; message: string } | null>(null)
  const [width, setWidth] = useState<keyof typeof WIDTHS>('desktop')
  const [remoteImages, setRemoteImages] = useState(false)
  const [dark, setDark] = useState(false)
  const [search, setSearch] = useState('')
  const [query] = useDebouncedValue(search.trim(), 250)
  const [matches, setMatches] = useState<RecipientRow[]>([])

  // The row number picks the recipient; a search result picks it directly.
  useEffect(() => {
    let live = true
    outbox()
      .campaigns.recipients({ id: campaign.id, limit: 1, offset: row - 1 })
      .then((r) => live && r.items[0] && setRecipientId(r.items[0].id))
      .catch(() => {})
    return () => {
      live = false
    }
  }, [campaign.id, row])

  useEffect(() => {
    let live = true
    const found = query
      ? outbox().campaigns.recipients({ id: campaign.id, search: query, limit: 20 })
      : Promise.resolve({ total: 0, items: [] })
    found.then((r) => live && setMatches(r.items)).catch(() => live && setMatches([]))
    return () => {
      live = false
    }
  }, [campaign.id, query])

  useEffect(() => {
    if (recipientId === null) return
    let live = true
    draftSaved()
      .then(() => outbox().campaigns.preview({ id: campaign.id, recipientId }))
      .then((p) => {
        if (!live) return
        setPreview(p)
        setError(null)
      })
      .catch((e: unknown) => live && setError(errorOf(e)))
    return () => {
      live = false
    }
  }, [campaign.id, recipientId, campaign.subject, campaign.preheader])

  if (campaign.recipients === 0) {
    return <Alert data-testid="preview-no-recipients">{t('campaigns.preview.noRecipients')}</Alert>
  }
  return (
    <Stack>
      <Group align="flex-end">
        <NumberInput
          label={t('campaigns.preview.row')}
          min={1}
          max={campaign.recipients}
          value={row}
          onChange={(v) => typeof v === 'number' && v >= 1 && setRow(v)}
          w={120}
          data-testid="preview-row"
        />
        <Button variant="default" disabled={row <= 1} onClick={() => setRow(row - 1)}>
          ←
        </Button>
        <Button
          variant="default"
          disabled={row >= campaign.recipients}
          onClick={() => setRow(row + 1)}
        >
          →
        </Button>
        <Select
          label={t('campaigns.preview.find')}
          placeholder={t('campaigns.preview.findHint')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          data={matches.map((m) => ({ value: String(m.id), label: `#${m.row} ${m.email}` }))}
          onChange={(v) => {
            const match = matches.find((m) => String(m.id) === v)
            if (match) {
              setRecipientId(match.id)
              setRow(match.row)
            }
          }}
          nothingFoundMessage={query ? t('campaigns.preview.nothingFound') : undefined}
          filter={({ options }) => options}
          style={{ flex: 1 }}
        />
      </Group>
      {error && (
        <Alert color="red">
          <ErrorText error={error} />
        </Alert>
      )}
      {!preview ? (
        <Loader />
      ) : (
        <PreviewBody
          preview={preview}
          width={WIDTHS[width]}
          remoteImages={remoteImages}
          dark={dark}
          controls={
            <Group>
              <SegmentedControl
                value={width}
                onChange={(v) => setWidth(v as keyof typeof WIDTHS)}
                data={[
                  { value: 'desktop', label: t('campaigns.preview.desktop') },
                  { value: 'mobile', label: t('campaigns.preview.mobile') },
                ]}
                data-testid="preview-width"
              />
              <Switch
                label={t('campaigns.preview.dark')}
                checked={dark}
                onChange={(e) => setDark(e.currentTarget.checked)}
                data-testid="preview-dark"
              />
              <Switch
                label={t('campaigns.preview.remoteImages')}
                checked={remoteImages}
                onChange={(e) => setRemoteImages(e.currentTarget.checked)}
              />
            </Group>
          }
        />
      )}
      {preview && <TestSendPanel campaignId={campaign.id} recipient={preview.recipient} />}
    </Stack>
  )
}

function PreviewBody({
  preview,
  width,
  remoteImages,
  dark,
  controls,
}: {
  preview: Preview
  width: number | string
  remoteImages: boolean
  dark: boolean
  controls: React.ReactNode
}) {
  const { t } = useTranslation()
  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <div>
            <Text size="xs" c="dimmed">
              {t('campaigns.preview.for', { email: preview.recipient.email })}
            </Text>
            <Text fw={600} data-testid="preview-subject">
              {preview.subject || '—'}
            </Text>
            {/* As the inbox shows it: the preheader after the subject. */}
            {preview.preheader && (
              <Text size="sm" c="dimmed" lineClamp={1} data-testid="preview-preheader">
                {preview.preheader}
              </Text>
            )}
          </div>
          {controls}
        </Group>
        {preview.error ? (
          <Alert
            color="red"
            title={t('campaigns.preview.renderFailed')}
            data-testid="preview-error"
          >
            <TemplateProblem problem={preview.error} />
          </Alert>
        ) : (
          <Tabs defaultValue="html">
            <Tabs.List>
              <Tabs.Tab value="html">HTML</Tabs.Tab>
              <Tabs.Tab value="text">{t('campaigns.preview.text')}</Tabs.Tab>
              <Tabs.Tab value="headers">{t('campaigns.preview.headers')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="html" pt="sm">
              <SandboxedHtml
                html={preview.html}
                title={t('campaigns.preview.frameTitle')}
                remoteImages={remoteImages}
                dark={dark}
                width={width}
                testId="preview-frame"
              />
              {preview.attachments.some((a) => !a.inline) && (
                <Text size="sm" mt="xs">
                  📎{' '}
                  {preview.attachments
                    .filter((a) => !a.inline)
                    .map((a) => a.filename)
                    .join(', ')}
                </Text>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="text" pt="sm">
              <Text
                component="pre"
                size="sm"
                style={{ whiteSpace: 'pre-wrap' }}
                data-testid="preview-text"
              >
                {preview.text}
              </Text>
            </Tabs.Panel>
            <Tabs.Panel value="headers" pt="sm">
              <Table fz="sm" data-testid="preview-headers">
                <Table.Tbody>
                  {preview.headers.map((h) => (
                    <Table.Tr key={h.key}>
                      <Table.Th w={200}>{h.key}</Table.Th>
                      <Table.Td style={{ wordBreak: 'break-all' }}>{h.value}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Tabs.Panel>
          </Tabs>
        )}
      </Stack>
    </Card>
  )
}
