/**
 * `npm run serve`: the browser host. Runs the same engine as the desktop app and serves the
 * built renderer on 127.0.0.1, with a per-start secret token in the printed URL.
 *
 *   --port N     port to listen on (env OUTBOX_PORT; default: a free port)
 *   --data DIR   data folder (env OUTBOX_DATA; default: the desktop app's folder)
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { version } from '../../package.json'
import { createEngine } from '@engine'
import { databasePath, openDatabase } from '@engine/db/open'
import { createLogFile } from '@engine/log/logFile'
import { createFileKeySecretStore } from '@engine/secrets/fileKeySecretStore'
import { createToken } from './auth'
import { defaultDataDir } from './dataDir'
import { startHostServer } from './server'

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      data: { type: 'string' },
      renderer: { type: 'string' },
    },
  })
  const port = Number(values.port ?? process.env.OUTBOX_PORT ?? 0)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a port number (0–65535), got "${values.port}"`)
  }
  const dataDir = resolve(values.data ?? process.env.OUTBOX_DATA ?? defaultDataDir())
  const rendererDir = resolve(values.renderer ?? join(__dirname, '../../out/renderer'))
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`No built window in ${rendererDir}: run "npm run build" first.`)
  }

  const db = openDatabase(databasePath(dataDir))
  const engine = createEngine({
    db,
    dataDir,
    host: 'browser',
    version,
    secrets: createFileKeySecretStore(dataDir),
    logFile: createLogFile({ dir: dataDir }),
  })
  try {
    await engine.startTestInbox()
    engine.start()
  } catch (error) {
    await engine.stop()
    db.close()
    throw error
  }
  const server = await startHostServer({
    dispatch: engine.dispatch,
    events: engine.events,
    token: createToken(),
    rendererDir,
    port,
  })

  console.log(`Outbox ${version} — browser host`)
  console.log(`  data: ${dataDir}`)
  console.log(`  open: ${server.url}`)

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    // The host first, while the engine still runs: answers already started finish (10 s at most).
    await server.close()
    await engine.stop()
    db.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void stop())
  process.on('SIGTERM', () => void stop())
}

main().catch((error: unknown) => {
  console.error(`Outbox host could not start: ${error instanceof Error ? error.message : error}`)
  process.exit(1)
})
