import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { AppFrame } from './features/common/AppFrame'
import { settingsSelectors } from './store/settings/state'
import { useStore } from './store/store'
import { cssVariablesResolver, useAppTheme } from './theme'

export function App() {
  const scheme = useStore(settingsSelectors.theme)
  return (
    <MantineProvider
      theme={useAppTheme()}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      forceColorScheme={scheme === 'system' ? undefined : scheme}
    >
      <Notifications position="bottom-right" />
      <AppFrame />
    </MantineProvider>
  )
}
