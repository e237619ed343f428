/**
 * The compose worker run from its TypeScript source, through tsx's loader: for the browser
 * host (`npm run serve`), the bench and the tests. The desktop app runs the built copy beside
 * its main process instead (src/main/index.ts).
 */
import { join } from 'node:path'
import type { ComposeWorkerEntry } from './workerComposer'

export const COMPOSE_WORKER_SOURCE: ComposeWorkerEntry = {
  file: join(__dirname, 'composeWorker.ts'),
  typescript: true,
}
