/**
 * The composition root with Electron mocked: the real engine and a real SQLite file behind
 * the IPC handlers, the window options, the protocol and the single-instance lock.
 */
import { DEFAULT_SETTINGS } from '@engine/settings'
import { mkdirSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { version } from '../../package.json'
import { useTempDir } from '@test/support/tempDir'
import { commandChannels } from '@shared/channels'
import { EVENT_CHANNEL } from '@shared/ipc'
import { migrations } from '@engine/db/migrations'

const electron = vi.hoisted(() => {
  const appHandlers = new Map<string, (...args: unknown[]) => void>()
  const ipcHandlers = new Map<string, (event: unknown, input?: unknown) => Promise<unknown>>()
  const windows: {
    options: Record<string, unknown>
    loadURL: ReturnType<typeof vi.fn>
    focus: ReturnType<typeof vi.fn>
    send: ReturnType<typeof vi.fn>
  }[] = []
  const state = { userData: '', appPath: '' }
  const powerHandlers = new Map<string, (event?: { preventDefault(): void }) => void>()
  return { appHandlers, ipcHandlers, windows, state, powerHandlers }
})

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>
    constructor(public options: Record<string, unknown>) {
      const send = vi.fn()
      this.webContents = {
        send,
        isDestroyed: () => false,
        setWindowOpenHandler: vi.fn(),
        on: vi.fn(),
      }
      electron.windows.push({ options, loadURL: this.loadURL, focus: this.focus, send })
    }
    loadURL = vi.fn(async () => {})
    focus = vi.fn()
    once = vi.fn()
    on = vi.fn()
    isMinimized = () => false
    isDestroyed = () => false
    isVisible = () => true
    restore = vi.fn()
    show = vi.fn()
    setProgressBar = vi.fn()
  }
  class Tray {
    setToolTip = vi.fn()
    setContextMenu = vi.fn()
    on = vi.fn()
  }
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } }
  return {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: vi.fn(() => true),
      getPath: (name: string) => (name === 'userData' ? electron.state.userData : '/tmp'),
      getAppPath: () => electron.state.appPath,
      getVersion: () => version,
      whenReady: () => Promise.resolve(),
      on: (name: string, handler: (...args: unknown[]) => void) =>
        electron.appHandlers.set(name, handler),
      quit: vi.fn(),
      exit: vi.fn(),
      getLocale: () => 'en-US',
      once: vi.fn(),
      getLoginItemSettings: () => ({ openAtLogin: false }),
      setLoginItemSettings: vi.fn(),
    },
    powerMonitor: {
      on: (name: string, handler: (event?: { preventDefault(): void }) => void) =>
        electron.powerHandlers.set(name, handler),
      off: vi.fn(),
    },
    net: { isOnline: () => true },
    powerSaveBlocker: { start: vi.fn(() => 1), stop: vi.fn() },
    BrowserWindow,
    Tray,
    Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() },
    nativeImage: {
      createFromBitmap: () => ({ isEmpty: () => false, setTemplateImage: vi.fn() }),
    },
    Notification: { isSupported: () => false },
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    shell: { openPath: vi.fn() },
    dialog: { showErrorBox: vi.fn() },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, input?: unknown) => Promise<unknown>) =>
        electron.ipcHandlers.set(channel, handler),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (plain: string) => Buffer.from(plain).reverse(),
      decryptString: (sealed: Buffer) => Buffer.from(sealed).reverse().toString(),
    },
    session: {
      defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
    },
  }
})

const tempDir = useTempDir('all')
const trustedFrame = { url: 'app://outbox/index.html', parent: null }

beforeAll(async () => {
  // Stand the Node build of better-sqlite3 where the Electron build would be, so the real
  // nativeBinding path is exercised.
  electron.state.appPath = tempDir()
  electron.state.userData = tempDir()
  const nodeBuild = join(
    dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
    'build/Release/better_sqlite3.node',
  )
  mkdirSync(join(electron.state.appPath, 'node_modules', '.outbox-native'), { recursive: true })
  symlinkSync(
    nodeBuild,
    join(electron.state.appPath, 'node_modules', '.outbox-native', 'better_sqlite3.node'),
  )
  await import('./index')
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1))
})
afterAll(async () => {
  const { app } = await import('electron')
  electron.appHandlers.get('before-quit')?.({ preventDefault: () => {} })
  await vi.waitFor(() => expect(app.quit).toHaveBeenCalled())
})

describe('the Electron composition root', () => {
  it('takes the single-instance lock and registers the app:// scheme before ready', async () => {
    const { app, protocol } = await import('electron')
    expect(app.requestSingleInstanceLock).toHaveBeenCalled()
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app' }),
    ])
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })

  it('opens one hardened window on app://outbox', () => {
    const [window] = electron.windows
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    })
    expect(window!.loadURL).toHaveBeenCalledWith('app://outbox/index.html')
  })

  it('opens the window at 1024×700 or more, placed by the remembered state, with the shell set up', async () => {
    const { Menu } = await import('electron')
    expect(electron.windows[0]!.options).toMatchObject({
      minWidth: 1024,
      minHeight: 700,
      // No saved state yet: the default size, centred on the display.
      width: 1200,
      height: 800,
      x: 360,
      y: 140,
    })
    expect(Menu.setApplicationMenu).toHaveBeenCalled()
  })

  it('denies all permission requests on the session', async () => {
    const { session } = await import('electron')
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled()
  })

  it('answers every contract command over IPC from the real engine and database', async () => {
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...commandChannels].sort())
    const reply = await electron.ipcHandlers.get('app.info')!({ senderFrame: trustedFrame })
    expect(reply).toMatchObject({
      ok: true,
      value: {
        host: 'electron',
        version,
        dataDir: electron.state.userData,
        schemaVersion: migrations.length,
      },
    })
  })

  it('refuses IPC from a frame that is not the app’s own page', async () => {
    const reply = await electron.ipcHandlers.get('app.info')!({
      senderFrame: { url: 'https://example.com/', parent: null },
    })
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })

  it('validates IPC input and forwards engine events to the window', async () => {
    const bad = await electron.ipcHandlers.get('settings.update')!(
      { senderFrame: trustedFrame },
      { language: 1 },
    )
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    await electron.ipcHandlers.get('settings.update')!(
      { senderFrame: trustedFrame },
      { language: 'ru' },
    )
    expect(electron.windows[0]!.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      name: 'settings.changed',
      payload: { ...DEFAULT_SETTINGS, language: 'ru' },
    })
  })

  it('holds sending while the computer sleeps', async () => {
    const status = () =>
      electron.ipcHandlers.get('engine.status')!({ senderFrame: trustedFrame }) as Promise<{
        value: { held: string[] }
      }>
    await vi.waitFor(() => expect(electron.powerHandlers.has('suspend')).toBe(true))
    electron.powerHandlers.get('suspend')!()
    expect((await status()).value.held).toEqual(['suspend'])
    expect(electron.windows[0]!.send).toHaveBeenCalledWith(
      EVENT_CHANNEL,
      expect.objectContaining({ name: 'engine.status' }),
    )
  })

  it('focuses the existing window when a second instance starts', () => {
    electron.appHandlers.get('second-instance')!()
    expect(electron.windows[0]!.focus).toHaveBeenCalled()
  })

  // Last: it shuts the engine down.
  it('quits without asking when the operating system shuts down', async () => {
    const { app } = await import('electron')
    const event = { preventDefault: vi.fn() }
    electron.powerHandlers.get('shutdown')!(event)
    // Asks the OS to wait for the orderly stop, which then quits.
    expect(event.preventDefault).toHaveBeenCalled()
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalled())
  })
})
