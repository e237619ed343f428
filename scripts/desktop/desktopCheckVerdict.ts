/**
 * Whether a desktop check passed: the report the real app wrote (src/main/desktopCheck.ts)
 * against what this checkout expects. Each failure is a sentence; none means the app started.
 */
import { isAbsolute, relative } from 'node:path'
import type { DesktopCheckReport } from '@main/desktopCheck'

export interface DesktopCheckExpectation {
  electronVersion: string
  electronAbi: number
  dataDir: string
  /** The Electron build of SQLite that `npm start` prepares. */
  sqliteBinding: string
  /** The app's own exit code. */
  exitCode: number | null
  /** user_version of the database file the app left behind, read with Node's SQLite. */
  schemaVersionOnDisk: number | undefined
}

interface InfoAnswer {
  ok: true
  value: { host: string; dataDir: string; sqliteVersion: string; schemaVersion: number }
}

function isInfoAnswer(answer: unknown): answer is InfoAnswer {
  const envelope = answer as { ok?: unknown; value?: Record<string, unknown> } | null
  return envelope?.ok === true && typeof envelope.value === 'object' && envelope.value !== null
}

const samePath = (a: string, b: string) => relative(a, b) === ''

export function desktopCheckFailures(
  report: DesktopCheckReport | undefined,
  expected: DesktopCheckExpectation,
): string[] {
  if (!report) {
    return [`The app wrote no report (it exited with ${expected.exitCode ?? 'a signal'}).`]
  }
  const failures: string[] = []
  if (report.error) failures.push(`The app reported: ${report.error}.`)
  if (!report.loadedUrl.startsWith('app://outbox/')) {
    failures.push(`The window loaded ${report.loadedUrl || 'nothing'}, not app://outbox/.`)
  }
  if (report.electronVersion !== expected.electronVersion) {
    failures.push(`It ran on Electron ${report.electronVersion}, not ${expected.electronVersion}.`)
  }
  if (report.runtimeAbi !== String(expected.electronAbi)) {
    failures.push(
      `Its ABI is ${report.runtimeAbi}; Electron's abi_version says ${expected.electronAbi}.`,
    )
  }
  if (
    !isAbsolute(report.sqliteBinding) ||
    !samePath(report.sqliteBinding, expected.sqliteBinding)
  ) {
    failures.push(`SQLite was loaded from ${report.sqliteBinding}, not the Electron build.`)
  }
  if (!isInfoAnswer(report.answer)) {
    failures.push(`window.outbox.app.info() answered ${JSON.stringify(report.answer)}.`)
  } else {
    const info = report.answer.value
    if (info.host !== 'electron') failures.push(`The engine says its host is ${info.host}.`)
    if (!samePath(info.dataDir, expected.dataDir)) {
      failures.push(`The engine used ${info.dataDir}, not the temporary folder.`)
    }
    if (!/^3\.\d+\.\d+$/.test(info.sqliteVersion)) {
      failures.push(`SQLite answered version "${info.sqliteVersion}".`)
    }
    if (expected.schemaVersionOnDisk !== info.schemaVersion) {
      failures.push(
        `The database file holds schema ${expected.schemaVersionOnDisk ?? 'nothing'}, ` +
          `the app said ${info.schemaVersion}.`,
      )
    }
  }
  if (expected.exitCode !== 0)
    failures.push(`The app exited with ${expected.exitCode ?? 'a signal'}.`)
  return failures
}
