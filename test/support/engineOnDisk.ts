/**
 * An engine on a real SQLite file, as the hosts build it, for tests, the crash suite's child
 * process and the benchmark. No vitest here: plain scripts import it too.
 */
import { version } from '../../package.json'
import { createEngine, type Engine, type EngineOptions } from '@engine'
import { databasePath, openDatabase, type Db } from '@engine/db/open'
import { createFileKeySecretStore } from '@engine/secrets/fileKeySecretStore'

export interface EngineOnDisk {
  db: Db
  engine: Engine
  /** Dispatches through the contract; throws on an error envelope. */
  call: <T = unknown>(channel: string, input?: unknown) => Promise<T>
}

export function openEngineOnDisk(
  dataDir: string,
  overrides: Partial<EngineOptions> = {},
): EngineOnDisk {
  const db = openDatabase(databasePath(dataDir))
  const engine = createEngine({
    db,
    dataDir,
    host: 'browser',
    version,
    secrets: createFileKeySecretStore(dataDir),
    heartbeatMs: 3_600_000,
    ...overrides,
  })
  const call = async <T>(channel: string, input?: unknown): Promise<T> => {
    const reply = await engine.dispatch(channel, input)
    if (!reply.ok) throw new Error(`${channel}: ${reply.error.code} ${reply.error.message}`)
    return reply.value as T
  }
  return { db, engine, call }
}
