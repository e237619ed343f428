/**
 * `window.outbox` for the browser host: the same contract carried over HTTP (commands) and
 * server-sent events (the event stream), authenticated by the token the host printed.
 */
import { createOutboxBridge } from '@shared/bridge'
import type { Envelope, OutboxBridge } from '@shared/types'

const TOKEN_KEY = 'outbox.token'

/**
 * The token arrives in the URL fragment (#token=…), which browsers never send to a server.
 * It is kept for this tab only and removed from the address bar.
 */
export function takeToken(location: Location, history: History, storage: Storage): string {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token')
  if (fromHash) {
    storage.setItem(TOKEN_KEY, fromHash)
    history.replaceState(null, '', location.pathname + location.search)
    return fromHash
  }
  return storage.getItem(TOKEN_KEY) ?? ''
}

function unreachable(message: string): Envelope<never> {
  return { ok: false, error: { code: 'unavailable', message } }
}

export function createBrowserBridge(token: string): OutboxBridge {
  return createOutboxBridge({
    async invoke(channel, input) {
      let response: Response
      try {
        response = await fetch(`/api/invoke/${channel}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ input }),
        })
      } catch {
        return unreachable('The Outbox host is not reachable. Is `npm run serve` still running?')
      }
      try {
        return (await response.json()) as Envelope<unknown>
      } catch {
        return unreachable(`The Outbox host answered HTTP ${response.status} without a reply`)
      }
    },
    listen(listener) {
      // EventSource reconnects by itself after the host restarts or the laptop wakes.
      const source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`)
      source.onmessage = (event: MessageEvent<string>) => {
        const message = JSON.parse(event.data) as { name: string; payload: unknown }
        listener(message.name, message.payload)
      }
      return () => source.close()
    },
  })
}
