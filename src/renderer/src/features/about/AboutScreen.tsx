import { Alert, Button, Code, CopyButton, Group, Loader, Stack, Table, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { appSelectors } from '../../store/app/state'
import { useStore } from '../../store/store'
import { ErrorText } from '../common/ErrorText'
import { EngineCard } from './EngineCard'

export function AboutScreen() {
  const { t } = useTranslation()
  const info = useStore(appSelectors.info)
  const error = useStore(appSelectors.infoError)

  if (error) {
    return (
      <Alert color="red" title={t('about.loadFailed')} data-testid="about-error">
        <ErrorText error={error} />
      </Alert>
    )
  }
  if (!info) return <Loader aria-label={t('about.loading')} />

  const rows: [string, React.ReactNode, string][] = [
    [t('about.version'), info.version, 'version'],
    [
      t('about.host'),
      info.host === 'electron' ? t('about.hostElectron') : t('about.hostBrowser'),
      'host',
    ],
    [
      t('about.dataDir'),
      <Group gap="xs" wrap="nowrap" key="dir">
        <Code>{info.dataDir}</Code>
        <CopyButton value={info.dataDir}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant="subtle" onClick={copy}>
              {copied ? t('about.copied') : t('about.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>,
      'data-dir',
    ],
    [t('about.platform'), info.platform, 'platform'],
    [t('about.node'), info.nodeVersion, 'node'],
    [t('about.sqlite'), info.sqliteVersion, 'sqlite'],
    [t('about.schema'), String(info.schemaVersion), 'schema'],
  ]
  return (
    <Stack maw={860}>
      <Title order={2}>{t('about.title')}</Title>
      <Table withTableBorder variant="vertical" layout="fixed">
        <Table.Tbody>
          {rows.map(([label, value, id]) => (
            <Table.Tr key={id}>
              <Table.Th w={200}>{label}</Table.Th>
              <Table.Td data-testid={`about-${id}`}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <EngineCard />
    </Stack>
  )
}
