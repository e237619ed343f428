/**
 * The preload exposes exactly one thing to the page: `window.outbox`, built from the contract.
 * It runs sandboxed, so it is bundled into one file with its few dependencies.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createOutboxBridge } from '@shared/bridge'
import { EventMessage } from '@shared/contract'
import { EVENT_CHANNEL } from '@shared/ipc'
import type { Envelope } from '@shared/types'

const bridge = createOutboxBridge({
  invoke: (channel, input) => ipcRenderer.invoke(channel, input) as Promise<Envelope<unknown>>,
  listen(listener) {
    const onMessage = (_event: unknown, raw: unknown) => {
      const message = EventMessage.safeParse(raw)
      if (message.success) listener(message.data.name, message.data.payload)
    }
    ipcRenderer.on(EVENT_CHANNEL, onMessage)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, onMessage)
    }
  },
})

contextBridge.exposeInMainWorld('outbox', bridge)
