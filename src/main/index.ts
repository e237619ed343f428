/**
 * Electron composition root: opens the database in the user-data folder, builds the engine,
 * wires IPC and the window, and shuts everything down in order. Glue only; the product lives
 * in ./engine.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  screen,
  session,
  net,
  powerMonitor,
  powerSaveBlocker,
} from 'electron'
import { join } from 'node:path'
import { dataFolderOverride } from './dataFolder'
import { desktopCheckFile, runDesktopCheck } from './desktopCheck'
import { bringToFront } from './desktop/bringToFront.electron'
import { QuitFlow } from './desktop/quitFlow'
import { setUpDesktopShell } from './desktop/shell.electron'
import { restoreWindowState } from './desktop/windowState'
import { readWindowState } from './desktop/windowStateFile'
import { createEngine, type Engine } from '@engine'
import { systemClock } from '@shared/clock'
import { startPower } from './desktop/power'
import { systemXdgLoginItems } from './desktop/xdgAutostart'
import { databasePath, openDatabase, type Db } from '@engine/db/open'
import { createLogFile } from '@engine/log/logFile'
import { forwardEvents, registerCommandHandlers } from './ipc'
import { sqliteBindingPath } from './native'
import { createFileKeySecretStore } from '@engine/secrets/fileKeySecretStore'
import { createDesktopSecretStore } from './secrets/desktopSecretStore'
import { APP_ORIGIN, APP_URL, registerAppScheme, serveRenderer } from './protocol'
import { denyAllPermissions, hardenWebContents, isTrustedSender, originOf } from './security'
import { createMainWindow } from './window'

// electron-vite sets this in `npm run dev` only; the built app always loads app://outbox.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const trustedOrigins = [APP_ORIGIN, ...(devServerUrl ? [originOf(devServerUrl)!] : [])]

let mainWindow: BrowserWindow | null = null
let engine: Engine | null = null
let db: Db | null = null
// Every way out (window close, menu, tray, ⌘Q, the OS) goes through here: see desktop/quitFlow.
const quitFlow = new QuitFlow({ platform: process.platform, shutDown, quitApp: () => app.quit() })

registerAppScheme(protocol)

// Before the single-instance lock, which is taken per data folder.
const dataFolder = dataFolderOverride()
if (dataFolder) app.setPath('userData', dataFolder)

if (!app.requestSingleInstanceLock()) {
  // Two processes must never send from one database: the second launch hands over and leaves.
  app.quit()
} else {
  app.on('second-instance', () => bringToFront(mainWindow))
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trustedOrigins))
  app.whenReady().then(start).catch(fatal)
  app.on('window-all-closed', () => app.quit())
  app.on('before-quit', (event) => quitFlow.beforeQuit(event))
}

// Quit waits for the engine: in-flight sends finish (bounded) and their outcomes are written
// before the database closes.
async function shutDown(graceMs?: number): Promise<void> {
  const running = engine
  engine = null
  try {
    await running?.stop(graceMs)
  } finally {
    db?.close()
    db = null
  }
}

async function start(): Promise<void> {
  const dataDir = app.getPath('userData')
  const paths = {
    isPackaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
    appPath: app.getAppPath(),
  }
  const logFile = createLogFile({ dir: dataDir })
  db = openDatabase(databasePath(dataDir), { nativeBinding: sqliteBindingPath(paths) })
  engine = createEngine({
    db,
    dataDir,
    host: 'electron',
    version: app.getVersion(),
    secrets: createDesktopSecretStore(safeStorage, process.platform, () =>
      createFileKeySecretStore(dataDir),
    ),
    logFile,
  })

  denyAllPermissions(session.defaultSession)
  serveRenderer(protocol, join(__dirname, '../renderer'))
  registerCommandHandlers(ipcMain, engine.dispatch, (frame) =>
    isTrustedSender(frame, trustedOrigins),
  )
  forwardEvents(engine.events, () => mainWindow?.webContents)

  mainWindow = createMainWindow({
    preload: join(__dirname, '../preload/index.js'),
    url: devServerUrl ?? APP_URL,
    trustedOrigins,
    place: restoreWindowState(
      readWindowState(dataDir),
      screen.getAllDisplays(),
      screen.getPrimaryDisplay(),
    ),
  })
  mainWindow.on('closed', () => (mainWindow = null))
  const checkReport = desktopCheckFile()
  if (checkReport) {
    void runDesktopCheck({
      page: mainWindow.webContents,
      sqliteBinding: sqliteBindingPath(paths),
      reportFile: checkReport,
      quit: () => void quitFlow.quitNow(),
    })
  }
  await setUpDesktopShell({
    dispatch: engine.dispatch,
    events: engine.events,
    window: mainWindow,
    dataDir,
    logPath: logFile.path,
    paths,
    quitFlow,
  }).catch((error: unknown) => console.error('[shell] tray, menu or notifications failed:', error))
  // The built-in test inbox is a convenience: a port it cannot take must not stop the app.
  await engine
    .startTestInbox()
    .catch((error: unknown) => console.error('[inbox] the test inbox could not start:', error))
  // Before start(): a computer that is offline now holds sending before the first claim.
  const stopPower = await startPower(
    {
      powerMonitor,
      net,
      powerSaveBlocker,
      // Electron's login items do not cover Linux: an XDG autostart entry does.
      app:
        process.platform === 'linux'
          ? { isPackaged: app.isPackaged, ...systemXdgLoginItems() }
          : app,
      platform: process.platform,
      clock: systemClock,
    },
    engine,
  )
  app.once('will-quit', stopPower)
  // Linux and macOS are shutting down: nobody is there to answer the quit question. Calling
  // preventDefault asks the OS to wait for the orderly stop (on Linux, Electron otherwise
  // releases its logind delay lock at once); quitNow bounds that stop to a few seconds.
  powerMonitor.on('shutdown', (event?: { preventDefault(): void }) => {
    event?.preventDefault()
    void quitFlow.quitNow()
  })
  engine.start()
}

function fatal(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  dialog.showErrorBox('Outbox could not start', message)
  app.exit(1)
}
