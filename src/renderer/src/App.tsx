import { MantineProvider } from '@mantine/core'
import { AppFrame } from './features/shell/AppFrame'
import { theme } from './theme'

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <AppFrame />
    </MantineProvider>
  )
}
