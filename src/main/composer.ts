/**
 * The desktop app builds its messages in a worker thread, so rendering and MIME never hold
 * the main process, which also answers the window and the tray. The worker is the built
 * `composeWorker.js` beside the main bundle (electron.vite.config.ts); should it not start,
 * the messages are built in the main process, and the log file says why.
 */
import { join } from 'node:path'
import type { LogFile } from '@engine/log/logFile'
import type { MessageComposer } from '@engine/sender/composer'
import { createWorkerComposer } from '@engine/sender/workerComposer'

export const COMPOSE_WORKER_FILE = 'composeWorker.js'

export function createDesktopComposer(
  mainDir: string,
  log: Pick<LogFile, 'write'>,
): MessageComposer {
  return createWorkerComposer({ file: join(mainDir, COMPOSE_WORKER_FILE) }, (error) =>
    log.write(
      `messages are built in the main process: the compose worker failed: ${error.message}`,
    ),
  )
}
