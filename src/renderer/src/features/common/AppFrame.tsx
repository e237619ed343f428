import { AppShell, Group, Kbd, NavLink, Stack, Text, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { useRef } from 'react'
import { draftSaved } from '../../store/draft/actions'
import { useTranslation } from 'react-i18next'
import { screenOpened } from '../../store/ui/actions'
import { uiSelectors, type Screen } from '../../store/ui/state'
import { useStore } from '../../store/store'
import { AboutScreen } from '../about/AboutScreen'
import { AccountsScreen } from '../accounts/AccountsScreen'
import { CampaignsScreen } from '../campaigns/CampaignsScreen'
import { InboxScreen } from '../inbox/InboxScreen'
import { LogScreen } from '../log/LogScreen'
import { QueueScreen } from '../queue/QueueScreen'
import { HeldBanner } from '../sending/HeldBanner'
import { RecoveredNotice } from '../sending/RecoveredNotice'
import { SettingsScreen } from '../settings/SettingsScreen'
import { SuppressionsScreen } from '../suppressions/SuppressionsScreen'
import { LanguageSwitch } from './LanguageSwitch'
import { LiveIndicator } from './LiveIndicator'
import { useFocusOnScreenChange } from './screenFocus'
import { SkipLink } from './SkipLink'

/** Every screen of the app, in navigation order: add a screen here and nowhere else. */
const SCREENS: { id: Screen; Component: () => React.JSX.Element }[] = [
  { id: 'campaigns', Component: CampaignsScreen },
  { id: 'inbox', Component: InboxScreen },
  { id: 'accounts', Component: AccountsScreen },
  { id: 'suppressions', Component: SuppressionsScreen },
  { id: 'queue', Component: QueueScreen },
  { id: 'log', Component: LogScreen },
  { id: 'settings', Component: SettingsScreen },
  { id: 'about', Component: AboutScreen },
]

export function AppFrame() {
  const { t } = useTranslation()
  const screen = useStore(uiSelectors.screen)
  const Current = SCREENS.find((s) => s.id === screen)?.Component ?? CampaignsScreen
  const main = useRef<HTMLElement>(null)
  useFocusOnScreenChange(main)
  // Ctrl/⌘ + 1…9 opens a screen; Ctrl/⌘ + S saves a draft now (instead of the browser's "save page").
  useHotkeys([
    ...SCREENS.slice(0, 9).map(
      ({ id }, i) => [`mod+${i + 1}`, () => screenOpened(id)] as [string, () => void],
    ),
    ['mod+S', () => void draftSaved()],
  ])
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="lg">
      <SkipLink main={main} />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs" align="baseline">
            <Title order={1} size="h3">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="md">
            <LiveIndicator />
            <LanguageSwitch />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        <Stack gap={4} component="nav" aria-label={t('app.navigation')}>
          {SCREENS.map(({ id }, i) => (
            <NavLink
              key={id}
              // A button, not a link without an address: links without href get no Tab stop.
              component="button"
              aria-current={id === screen ? 'page' : undefined}
              data-testid={`nav-${id}`}
              label={<span data-testid={`nav-label-${id}`}>{t(`nav.${id}`)}</span>}
              rightSection={i < 9 ? <Kbd size="xs">{i + 1}</Kbd> : undefined}
              aria-keyshortcuts={i < 9 ? `Control+${i + 1} Meta+${i + 1}` : undefined}
              active={id === screen}
              onClick={() => screenOpened(id)}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main ref={main} tabIndex={-1}>
        <HeldBanner />
        <RecoveredNotice />
        <Current />
      </AppShell.Main>
    </AppShell>
  )
}
