import type { EventPayload } from '../../../../shared/types'
import type { RootState } from '../store'

export type Connection = 'connecting' | 'live' | 'lost'

export interface EngineSlice {
  connection: Connection
  lastHeartbeat: EventPayload<'engine.heartbeat'> | null
  /** Heartbeats this window has received since it opened. */
  beatsReceived: number
}

export const engineInitial: EngineSlice = {
  connection: 'connecting',
  lastHeartbeat: null,
  beatsReceived: 0,
}

export const engineSelectors = {
  connection: (s: RootState) => s.engine.connection,
  lastHeartbeat: (s: RootState) => s.engine.lastHeartbeat,
  beatsReceived: (s: RootState) => s.engine.beatsReceived,
}
