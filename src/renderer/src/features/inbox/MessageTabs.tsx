import { Code, ScrollArea, Stack, Switch, Tabs, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { SandboxedHtml } from '../common/SandboxedHtml'

/**
 * A message's HTML (in a sandboxed frame, remote images off until asked), its text and its raw
 * headers, as tabs: the test inbox's viewer and the mailbox's share it. `testIdPrefix` names
 * the parts for tests ('inbox' gives inbox-message-frame…).
 */
export function MessageTabs({
  html,
  text,
  headers,
  testIdPrefix,
}: {
  html: string | null
  text: string | null
  headers: readonly { line: string }[]
  testIdPrefix: string
}) {
  const { t } = useTranslation()
  const [remoteImages, setRemoteImages] = useState(false)
  return (
    <Tabs defaultValue={html !== null ? 'html' : 'text'} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="html">{t('inbox.tabs.html')}</Tabs.Tab>
        <Tabs.Tab value="text">{t('inbox.tabs.text')}</Tabs.Tab>
        <Tabs.Tab value="headers">{t('inbox.tabs.headers')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="html" pt="sm">
        {html === null ? (
          <Text c="dimmed">{t('inbox.noHtml')}</Text>
        ) : (
          <Stack gap="xs">
            <Switch
              label={t('inbox.remoteImages')}
              description={t('inbox.remoteImagesHelp')}
              checked={remoteImages}
              onChange={(e) => setRemoteImages(e.currentTarget.checked)}
              data-testid={`${testIdPrefix}-remote-images`}
            />
            <SandboxedHtml
              html={html}
              title={t('inbox.frameTitle')}
              remoteImages={remoteImages}
              height={480}
              testId={`${testIdPrefix}-message-frame`}
            />
          </Stack>
        )}
      </Tabs.Panel>
      <Tabs.Panel value="text" pt="sm">
        {text === null ? (
          <Text c="dimmed">{t('inbox.noText')}</Text>
        ) : (
          <Code
            block
            data-testid={`${testIdPrefix}-message-text`}
            style={{ whiteSpace: 'pre-wrap' }}
          >
            {text}
          </Code>
        )}
      </Tabs.Panel>
      <Tabs.Panel value="headers" pt="sm">
        <ScrollArea.Autosize mah={480}>
          <Code
            block
            data-testid={`${testIdPrefix}-message-headers`}
            style={{ whiteSpace: 'pre-wrap' }}
          >
            {headers.map((h) => h.line).join('\n')}
          </Code>
        </ScrollArea.Autosize>
      </Tabs.Panel>
    </Tabs>
  )
}
