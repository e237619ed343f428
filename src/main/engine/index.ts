/**
 * The engine: the product's core, pure Node. Hosts (Electron main, the browser host) open the
 * database, build the engine with their own ports, route commands through `dispatch` and
 * forward `events` to their windows. It never imports `electron`.
 */
import type { z } from 'zod'
import type { AppInfo, HostKind } from '../../shared/contract'
import { systemClock, type Clock } from './clock'
import { schemaVersion, sqliteVersion, type Db } from './db/open'
import { createDispatch, type Dispatch, type Handlers } from './dispatch'
import { EngineEvents } from './events'
import { HEARTBEAT_MS, startHeartbeat } from './heartbeat'
import { readSettings, updateSettings } from './settings'

export interface EngineOptions {
  db: Db
  dataDir: string
  host: z.output<typeof HostKind>
  version: string
  clock?: Clock
  heartbeatMs?: number
}

export interface Engine {
  dispatch: Dispatch
  events: EngineEvents
  /** Starts background work (the heartbeat now; the sender later). */
  start(): void
  /** Stops background work; the caller closes the database afterwards. */
  stop(): Promise<void>
}

export function createEngine(options: EngineOptions): Engine {
  const { db } = options
  const clock = options.clock ?? systemClock
  const events = new EngineEvents()

  const info = (): z.output<typeof AppInfo> => ({
    name: 'Outbox',
    version: options.version,
    dataDir: options.dataDir,
    host: options.host,
    platform: process.platform,
    nodeVersion: process.versions.node,
    sqliteVersion: sqliteVersion(db),
    schemaVersion: schemaVersion(db),
  })

  const handlers: Handlers = {
    app: { info },
    settings: {
      get: () => readSettings(db),
      update: (patch) => updateSettings(db, events, patch),
    },
  }

  let stopHeartbeat: (() => void) | undefined
  return {
    dispatch: createDispatch(handlers),
    events,
    start() {
      stopHeartbeat ??= startHeartbeat(events, clock, options.heartbeatMs ?? HEARTBEAT_MS)
    },
    async stop() {
      stopHeartbeat?.()
      stopHeartbeat = undefined
    },
  }
}
