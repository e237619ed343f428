import type { EventPayload } from '@shared/types'

export type Connection = 'connecting' | 'live' | 'lost'

export interface EngineSlice {
  connection: Connection
  lastHeartbeat: EventPayload<'engine.heartbeat'> | null
  /** Heartbeats this window has received since it opened. */
  beatsReceived: number
}

/** What the selectors read: the slice alone, so the slice never imports the store. */
type Reads = { engine: EngineSlice }

export const engineInitial: EngineSlice = {
  connection: 'connecting',
  lastHeartbeat: null,
  beatsReceived: 0,
}

export const engineSelectors = {
  connection: (s: Reads) => s.engine.connection,
  lastHeartbeat: (s: Reads) => s.engine.lastHeartbeat,
  beatsReceived: (s: Reads) => s.engine.beatsReceived,
}
