import type { EventPayload } from '@shared/types'
import { useStore } from '../store'

export function heartbeatReceived(beat: EventPayload<'engine.heartbeat'>): void {
  useStore.setState((s) => ({
    engine: { connection: 'live', lastHeartbeat: beat, beatsReceived: s.engine.beatsReceived + 1 },
  }))
}

/** The engine went quiet for longer than a few beats: the host stopped or the link broke. */
export function heartbeatMissed(): void {
  useStore.setState((s) => ({ engine: { ...s.engine, connection: 'lost' } }))
}
