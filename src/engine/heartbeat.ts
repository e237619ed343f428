/** Pushes `engine.heartbeat` at a fixed interval so the window can show that the engine is alive. */
import type { Clock } from '@shared/clock'
import type { EngineEvents } from './events'

export const HEARTBEAT_MS = 1000

export function startHeartbeat(events: EngineEvents, clock: Clock, intervalMs = HEARTBEAT_MS) {
  const startedAt = clock.now()
  let seq = 0
  let handle: unknown
  let stopped = false
  const beat = () => {
    if (stopped) return
    const at = clock.now()
    events.emit('engine.heartbeat', { seq: seq++, at, uptimeMs: at - startedAt })
    handle = clock.setTimeout(beat, intervalMs)
  }
  beat()
  return function stop() {
    stopped = true
    clock.clearTimeout(handle)
  }
}
