/**
 * `npm run check:desktop` launches the real app with OUTBOX_DESKTOP_CHECK naming a report file.
 * Then, once the window has loaded, the app asks `window.outbox.app.info()` inside the page —
 * the preload's bridge, IPC, the engine and SQLite all answer it — writes what it saw and
 * quits. The script (scripts/desktop/checkDesktop.ts) judges the report.
 */
import { writeFileSync } from 'node:fs'

/** What the running app saw; scripts/desktop/desktopCheckVerdict.ts says whether it is right. */
export interface DesktopCheckReport {
  /** The URL the window finished loading. */
  loadedUrl: string
  /** The envelope `window.outbox.app.info()` resolved with, inside the page. */
  answer: unknown
  electronVersion: string
  /** NODE_MODULE_VERSION of the running Electron: the ABI the SQLite module must match. */
  runtimeAbi: string
  /** The better_sqlite3.node the database was opened with. */
  sqliteBinding: string
  /** Set when a step threw instead. */
  error?: string
}

export const DESKTOP_CHECK_ENV = 'OUTBOX_DESKTOP_CHECK'

/** The report file, when this launch is a check. */
export function desktopCheckFile(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env[DESKTOP_CHECK_ENV] || undefined
}

/** The slice of a BrowserWindow's webContents the check uses. */
export interface CheckedPage {
  isLoading(): boolean
  getURL(): string
  once(event: 'did-finish-load', listener: () => void): unknown
  executeJavaScript(code: string): Promise<unknown>
}

export async function runDesktopCheck(options: {
  page: CheckedPage
  sqliteBinding: string
  reportFile: string
  quit(): void
  timeoutMs?: number
}): Promise<void> {
  const base = {
    electronVersion: process.versions.electron ?? '',
    runtimeAbi: process.versions.modules,
    sqliteBinding: options.sqliteBinding,
  }
  let report: DesktopCheckReport
  try {
    await withTimeout(loaded(options.page), options.timeoutMs ?? 30_000, 'the window never loaded')
    const answer = await withTimeout(
      options.page.executeJavaScript('window.outbox.app.info()'),
      options.timeoutMs ?? 30_000,
      'window.outbox.app.info() never answered',
    )
    report = { ...base, loadedUrl: options.page.getURL(), answer }
  } catch (error) {
    report = {
      ...base,
      loadedUrl: options.page.getURL(),
      answer: null,
      error: error instanceof Error ? error.message : String(error),
    }
  }
  writeFileSync(options.reportFile, JSON.stringify(report, null, 2))
  options.quit()
}

function loaded(page: CheckedPage): Promise<void> {
  if (!page.isLoading() && page.getURL()) return Promise.resolve()
  return new Promise((resolve) => page.once('did-finish-load', resolve))
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} within ${ms / 1000} s`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}
