import { Card, Stack, Switch, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { EventPayload } from '@shared/types'
import { settingsChanged } from '../../store/settings/actions'

type Desktop = EventPayload<'settings.changed'>['desktop']

const TOGGLES: (keyof Desktop)[] = [
  'startAtLogin',
  'keepAwake',
  'notifyCompleted',
  'notifyPaused',
  'notifyAccountError',
]

/** The desktop app's own switches; only the desktop host has a use for them. */
export function DesktopSettings({ desktop, platform }: { desktop: Desktop; platform: string }) {
  const { t } = useTranslation()
  // Login items on macOS and Windows, an XDG autostart entry on Linux (see docs/desktop.md).
  const loginItems = ['darwin', 'win32', 'linux'].includes(platform)
  return (
    <Card withBorder data-testid="settings-desktop">
      <Title order={3} size="h5" mb="sm">
        {t('settings.desktop.title')}
      </Title>
      <Stack gap="md">
        {TOGGLES.map((key) => {
          const unsupported = key === 'startAtLogin' && !loginItems
          return (
            <Switch
              key={key}
              data-testid={`settings-desktop-${key}`}
              label={t(`settings.desktop.${key}`)}
              description={t(
                unsupported
                  ? 'settings.desktop.startAtLoginUnsupported'
                  : `settings.desktop.${key}Hint`,
              )}
              checked={desktop[key] && !unsupported}
              disabled={unsupported}
              onChange={(e) =>
                void settingsChanged({ desktop: { ...desktop, [key]: e.currentTarget.checked } })
              }
            />
          )
        })}
      </Stack>
    </Card>
  )
}
