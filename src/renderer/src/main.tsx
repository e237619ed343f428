import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { outbox } from './client'
import { startEventBridge } from './eventBridge'
import { initI18n } from './i18n'
import { accountsRequested } from './store/accounts/actions'
import { appInfoRequested } from './store/app/actions'
import { inboxRequested } from './store/inbox/actions'
import { engineStatusRequested } from './store/sending/actions'
import { settingsRequested } from './store/settings/actions'
import { useStore } from './store/store'
import { placeRestored } from './store/ui/actions'

async function bootstrap() {
  await initI18n(useStore.getState().settings.language)
  startEventBridge(outbox())
  // Both report their own failures into the store; the screens show them.
  void appInfoRequested()
  void accountsRequested()
  void inboxRequested()
  settingsRequested().catch((error: unknown) => console.error('settings.get failed', error))
  engineStatusRequested().catch((error: unknown) => console.error('engine.status failed', error))
  void placeRestored()
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}

void bootstrap()
