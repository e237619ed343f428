import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { AppFrame } from './features/shell/AppFrame'
import { theme } from './theme'

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="bottom-right" />
      <AppFrame />
    </MantineProvider>
  )
}
