import { Code, Group, ScrollArea, Stack, Switch, Table, Tabs, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from '../../format/date'
import type { InboxMail } from '../../store/inbox/state'
import { settingsSelectors } from '../../store/settings/state'
import { useStore } from '../../store/store'
import { SandboxedHtml } from '../common/SandboxedHtml'
import { inlineCidImages } from '../common/sandboxDocument'
import { Attachments } from './Attachments'

/** One received message: who, when, and its HTML (sandboxed), text and raw headers. */
export function MessageView({ message: m }: { message: InboxMail }) {
  const { t } = useTranslation()
  const language = useStore(settingsSelectors.language)
  const [remoteImages, setRemoteImages] = useState(false)
  const facts: [string, string][] = [
    [t('inbox.from'), m.headerFrom || m.from],
    [t('inbox.to'), m.headerTo || m.to.join(', ')],
    [t('inbox.date'), formatDateTime(m.date ?? m.receivedAt, language)],
  ]
  return (
    <Stack gap="md" data-testid="inbox-message">
      <Title order={2} size="h3" style={{ overflowWrap: 'anywhere' }}>
        {m.subject ?? t('inbox.noSubject')}
      </Title>
      <Table variant="vertical" layout="fixed" withRowBorders={false} verticalSpacing={2}>
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={100} fw={500} c="dimmed">
                {label}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Tabs defaultValue={m.html !== null ? 'html' : 'text'} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="html">{t('inbox.tabs.html')}</Tabs.Tab>
          <Tabs.Tab value="text">{t('inbox.tabs.text')}</Tabs.Tab>
          <Tabs.Tab value="headers">{t('inbox.tabs.headers')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="html" pt="sm">
          {m.html === null ? (
            <Text c="dimmed">{t('inbox.noHtml')}</Text>
          ) : (
            <Stack gap="xs">
              <Switch
                label={t('inbox.remoteImages')}
                description={t('inbox.remoteImagesHelp')}
                checked={remoteImages}
                onChange={(e) => setRemoteImages(e.currentTarget.checked)}
                data-testid="inbox-remote-images"
              />
              <SandboxedHtml
                html={inlineCidImages(m.html, m.attachments)}
                title={t('inbox.frameTitle')}
                remoteImages={remoteImages}
                height={480}
                testId="inbox-message-frame"
              />
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="text" pt="sm">
          {m.text === null ? (
            <Text c="dimmed">{t('inbox.noText')}</Text>
          ) : (
            <Code block data-testid="inbox-message-text" style={{ whiteSpace: 'pre-wrap' }}>
              {m.text}
            </Code>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="headers" pt="sm">
          <ScrollArea.Autosize mah={480}>
            <Code block data-testid="inbox-message-headers" style={{ whiteSpace: 'pre-wrap' }}>
              {m.headers.map((h) => h.line).join('\n')}
            </Code>
          </ScrollArea.Autosize>
        </Tabs.Panel>
      </Tabs>
      <Group>
        <Attachments parts={m.attachments} />
      </Group>
    </Stack>
  )
}
