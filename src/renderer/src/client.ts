/**
 * The one client the whole window uses. It takes `window.outbox` from the Electron preload, or
 * builds one over HTTP in the browser host; no other renderer code knows which host it runs in.
 */
import { createOutboxClient } from '@shared/bridge'
import type { OutboxBridge, OutboxClient } from '@shared/types'
import { createBrowserBridge, takeToken } from './transport/browserBridge'

function pickBridge(): OutboxBridge {
  if (window.outbox) return window.outbox
  const bridge = createBrowserBridge(takeToken(window.location, window.history, sessionStorage))
  window.outbox = bridge
  return bridge
}

let client: OutboxClient | undefined

export function outbox(): OutboxClient {
  client ??= createOutboxClient(pickBridge())
  return client
}

/** Tests hand in a client over a fake bridge. */
export function setOutboxClient(replacement: OutboxClient): void {
  client = replacement
}
