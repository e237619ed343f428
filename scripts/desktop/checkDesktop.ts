/**
 * `npm run check:desktop`, for machines that can run Electron: prepares and builds the app,
 * launches the real thing with a temporary data folder, lets it load its window and answer
 * `window.outbox.app.info()` (src/main/desktopCheck.ts), then checks what it reported and the
 * database it left. Exit 0 only when every check holds.
 */
import Database from 'better-sqlite3'
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DesktopCheckReport } from '@main/desktopCheck'
import { desktopCheckFailures } from './desktopCheckVerdict'
import { launchCommand } from './launchCommand'
import { electronSqliteBinary, projectRoot } from './paths'
import { prepareDesktop } from './prerequisites'
import { runSetupStep, SetupRefusal } from './refusal'

const LAUNCH_TIMEOUT_MS = 120_000

function build(): void {
  const electronVite = join(projectRoot, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  const result = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: projectRoot,
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new SetupRefusal('`electron-vite build` failed (see above).')
}

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0
}

function launch(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: 'inherit' })
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new SetupRefusal(`The app did not finish its check within ${LAUNCH_TIMEOUT_MS / 1000} s.`),
      )
    }, LAUNCH_TIMEOUT_MS)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new SetupRefusal(`${command} could not be started: ${error.message}.`))
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
  })
}

function schemaVersionIn(dataDir: string): number | undefined {
  const file = join(dataDir, 'outbox.sqlite')
  if (!existsSync(file)) return undefined
  const db = new Database(file, { readonly: true })
  try {
    return db.pragma('user_version', { simple: true }) as number
  } finally {
    db.close()
  }
}

void runSetupStep(async () => {
  const { electron, binary } = await prepareDesktop()
  build()
  const scratch = mkdtempSync(join(tmpdir(), 'outbox-desktop-check-'))
  try {
    const dataDir = join(scratch, 'data')
    const reportFile = join(scratch, 'report.json')
    const { command, args } = launchCommand(binary, projectRoot, {
      platform: process.platform,
      env: process.env,
      isRoot: process.getuid?.() === 0,
      hasXvfbRun: process.platform === 'linux' && hasCommand('xvfb-run'),
    })
    console.log(`Starting Outbox (Electron ${electron.version}) with data in ${dataDir}…`)
    const exitCode = await launch(command, args, {
      ...process.env,
      OUTBOX_DATA: dataDir,
      OUTBOX_DESKTOP_CHECK: reportFile,
    })
    const report = existsSync(reportFile)
      ? (JSON.parse(readFileSync(reportFile, 'utf8')) as DesktopCheckReport)
      : undefined
    const failures = desktopCheckFailures(report, {
      electronVersion: electron.version,
      electronAbi: electron.abi,
      dataDir,
      sqliteBinding: electronSqliteBinary,
      exitCode,
      schemaVersionOnDisk: schemaVersionIn(dataDir),
    })
    if (failures.length) throw new SetupRefusal(`Desktop check failed:\n- ${failures.join('\n- ')}`)
    console.log(
      'Desktop check passed: the window loaded, answered through window.outbox, and opened ' +
        'its database with the Electron build of SQLite.',
    )
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
})
