import type { OutboxBridge } from '@shared/types'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host until the client installs one. */
    outbox?: OutboxBridge
  }
}
