import {
  Button,
  Card,
  Code,
  CopyButton,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { appSelectors } from '../../store/app/state'
import { languageChosen, settingsChanged } from '../../store/settings/actions'
import { settingsSelectors, type Language } from '../../store/settings/state'
import { useStore } from '../../store/store'
import { screenOpened } from '../../store/ui/actions'
import { RetryFields } from '../campaigns/editor/RetryFields'
import { DesktopSettings } from './DesktopSettings'
import { MailboxSettings } from './MailboxSettings'
import { ProtectionSettings } from './ProtectionSettings'

/** Language, look, what new campaigns start with, and where the data lives. */
export function SettingsScreen() {
  const { t } = useTranslation()
  const language = useStore(settingsSelectors.language)
  const stored = useStore(settingsSelectors.stored)
  const info = useStore(appSelectors.info)
  const retry = stored?.retryDefaults
  const setRetry = (patch: Partial<NonNullable<typeof retry>>) => {
    if (retry) void settingsChanged({ retryDefaults: { ...retry, ...patch } })
  }

  return (
    <Stack maw={860}>
      <Title order={2}>{t('settings.title')}</Title>
      <Card withBorder>
        <SimpleGrid cols={2}>
          <div>
            <Text fw={500} size="sm" mb={4} id="settings-language">
              {t('settings.language')}
            </Text>
            <SegmentedControl
              aria-labelledby="settings-language"
              value={language}
              onChange={(v) => void languageChosen(v as Language)}
              data={[
                { value: 'ru', label: 'Русский' },
                { value: 'en', label: 'English' },
              ]}
            />
          </div>
          <div>
            <Text fw={500} size="sm" mb={4} id="settings-theme">
              {t('settings.theme')}
            </Text>
            <SegmentedControl
              aria-labelledby="settings-theme"
              value={stored?.theme ?? 'system'}
              onChange={(v) => void settingsChanged({ theme: v as 'system' | 'light' | 'dark' })}
              data={[
                { value: 'system', label: t('settings.themeSystem') },
                { value: 'light', label: t('settings.themeLight') },
                { value: 'dark', label: t('settings.themeDark') },
              ]}
              data-testid="settings-theme"
            />
          </div>
        </SimpleGrid>
      </Card>
      <Card withBorder>
        <Title order={3} size="h5">
          {t('settings.newCampaigns')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('settings.newCampaignsHint')}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => screenOpened('accounts')}>
            {t('settings.toAccounts')}
          </Button>
        </Text>
        {retry && <RetryFields values={retry} onChange={setRetry} />}
      </Card>
      {stored && <ProtectionSettings protection={stored.protection} />}
      {stored && <MailboxSettings mailbox={stored.mailbox} />}
      {info?.host === 'electron' && stored && (
        <DesktopSettings desktop={stored.desktop} platform={info.platform} />
      )}
      <Card withBorder>
        <Title order={3} size="h5">
          {t('settings.dataFolder')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('settings.dataFolderHint')}
        </Text>
        {info && (
          <Group gap="xs">
            <Code data-testid="settings-data-dir">{info.dataDir}</Code>
            <CopyButton value={info.dataDir}>
              {({ copied, copy }) => (
                <Button size="compact-xs" variant="subtle" onClick={copy}>
                  {copied ? t('about.copied') : t('about.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        )}
      </Card>
    </Stack>
  )
}
