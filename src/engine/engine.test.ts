import { DEFAULT_SETTINGS } from './settings'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { version } from '../../package.json'
import { useTempDir } from '@test/support/tempDir'
import type { EventMessage } from '@shared/types'
import { databasePath, openDatabase, type Db } from './db/open'
import { migrations } from './db/migrations'
import { createEngine } from './index'
import { createFileKeySecretStore } from './secrets/fileKeySecretStore'

const tempDir = useTempDir()
let db: Db
let dataDir: string

beforeEach(() => {
  dataDir = tempDir()
  db = openDatabase(databasePath(dataDir))
})
afterEach(() => {
  vi.useRealTimers()
  if (db.open) db.close()
})

describe('the engine through its dispatch', () => {
  it('answers app.info about this host and this database', async () => {
    const engine = createEngine({
      db,
      dataDir,
      host: 'electron',
      version,
      secrets: createFileKeySecretStore(dataDir),
    })
    const reply = await engine.dispatch('app.info', undefined)
    expect(reply).toEqual({
      ok: true,
      value: {
        name: 'Outbox',
        version,
        dataDir,
        host: 'electron',
        platform: process.platform,
        nodeVersion: process.versions.node,
        sqliteVersion: expect.stringMatching(/^3\.\d+\.\d+$/),
        schemaVersion: migrations.length,
      },
    })
  })

  it('keeps settings in the database across restarts and announces each change', async () => {
    const engine = createEngine({
      db,
      dataDir,
      host: 'browser',
      version,
      secrets: createFileKeySecretStore(dataDir),
    })
    const seen: EventMessage[] = []
    engine.events.subscribe((m) => seen.push(m))
    expect(await engine.dispatch('settings.get', undefined)).toEqual({
      ok: true,
      value: DEFAULT_SETTINGS,
    })
    await engine.dispatch('settings.update', { theme: 'dark' })
    await engine.dispatch('settings.update', { language: 'ru' })
    const saved = { ...DEFAULT_SETTINGS, language: 'ru', theme: 'dark' }
    expect(seen.at(-1)).toEqual({ name: 'settings.changed', payload: saved })

    db.close()
    db = openDatabase(databasePath(dataDir))
    const reopened = createEngine({
      db,
      dataDir,
      host: 'browser',
      version,
      secrets: createFileKeySecretStore(dataDir),
    })
    expect(await reopened.dispatch('settings.get', undefined)).toEqual({ ok: true, value: saved })
  })

  it('falls back to the default of a stored value it does not understand, and of that one only', async () => {
    db.prepare("INSERT INTO settings (key, value) VALUES ('language', '\"klingon\"')").run()
    db.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run()
    const engine = createEngine({
      db,
      dataDir,
      host: 'browser',
      version,
      secrets: createFileKeySecretStore(dataDir),
    })
    expect(await engine.dispatch('settings.get', undefined)).toEqual({
      ok: true,
      value: { ...DEFAULT_SETTINGS, theme: 'dark' },
    })
  })

  it('pushes heartbeats between start and stop only', async () => {
    vi.useFakeTimers()
    const engine = createEngine({
      db,
      dataDir,
      host: 'browser',
      version,
      heartbeatMs: 1000,
      secrets: createFileKeySecretStore(dataDir),
    })
    const beats = vi.fn()
    engine.events.subscribe(beats)
    vi.advanceTimersByTime(5000)
    expect(beats).not.toHaveBeenCalled()
    engine.start()
    engine.start() // a second start does not start a second heartbeat
    vi.advanceTimersByTime(3000)
    await engine.stop()
    vi.advanceTimersByTime(5000)
    expect(beats).toHaveBeenCalledTimes(4)
  })
})
