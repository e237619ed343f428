/**
 * The one place engine events enter the window: subscribed once at start-up, each event
 * handed to a store action. Also a watchdog: no heartbeat for a few beats means "lost".
 */
import type { OutboxClient } from '@shared/types'
import { progressReceived } from './store/campaigns/actions'
import { heartbeatMissed, heartbeatReceived } from './store/engine/actions'
import { inboxReceived } from './store/inbox/actions'
import { engineStatusReceived } from './store/sending/actions'
import { settingsReceived } from './store/settings/actions'
import { campaignOpened, screenOpened } from './store/ui/actions'

/** Three missed one-second beats and a half: enough slack for a busy machine. */
export const LOST_AFTER_MS = 3500

export function startEventBridge(client: OutboxClient): () => void {
  let watchdog: ReturnType<typeof setTimeout> | undefined
  const arm = () => {
    clearTimeout(watchdog)
    watchdog = setTimeout(heartbeatMissed, LOST_AFTER_MS)
  }
  arm()
  const unsubscribe = [
    client.on('engine.heartbeat', (beat) => {
      heartbeatReceived(beat)
      arm()
    }),
    client.on('settings.changed', settingsReceived),
    client.on('campaign.progress', progressReceived),
    client.on('inbox.received', inboxReceived),
    // The desktop shell (a clicked notification) asks for a screen or a campaign.
    client.on('app.open', ({ screen, campaignId }) =>
      screen === 'campaigns' && campaignId !== null
        ? campaignOpened(campaignId)
        : screenOpened(screen),
    ),
    client.on('engine.status', engineStatusReceived),
  ]
  return () => {
    clearTimeout(watchdog)
    for (const off of unsubscribe) off()
  }
}
