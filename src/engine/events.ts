/** The engine's typed event stream; hosts subscribe once and forward to their windows. */
import type { EventMessage, EventName, EventPayload } from '@shared/types'

export type EventListener = (message: EventMessage) => void

export class EngineEvents {
  private readonly listeners = new Set<EventListener>()

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    const message = { name, payload } as EventMessage
    for (const listener of this.listeners) {
      try {
        listener(message)
      } catch (error) {
        // One broken subscriber (a closed window, a dead socket) must not stop the others.
        console.error(`[events] listener failed for ${name}:`, error)
      }
    }
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }
}
