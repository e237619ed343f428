/**
 * The shell's wiring with Electron mocked: engine events in, tray / taskbar / menu /
 * notifications / dialog calls out. The decisions themselves are tested beside their functions.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeClock } from '@test/support/fakeClock'
import { snapshot } from '@test/support/progressSnapshot'
import { useTempDir } from '@test/support/tempDir'
import type { Envelope, EventMessage } from '@shared/types'
import { EngineEvents } from '@engine/events'
import { QuitFlow } from './quitFlow'
import { setUpDesktopShell, TRAY_INTERVAL_MS } from './shell.electron'

type Template = MenuItemConstructorOptions[]

const electron = vi.hoisted(() => ({
  trays: [] as {
    image: unknown
    setToolTip: ReturnType<typeof vi.fn>
    setContextMenu: ReturnType<typeof vi.fn>
    on: ReturnType<typeof vi.fn>
    destroy: ReturnType<typeof vi.fn>
  }[],
  appMenus: [] as unknown[],
  notifications: [] as {
    options: { title: string; body: string }
    handlers: Map<string, () => void>
    show: ReturnType<typeof vi.fn>
  }[],
  appHandlers: new Map<string, () => void>(),
  locale: 'en-US',
  messageBoxResponse: 0,
}))

vi.mock('electron', () => {
  class Tray {
    setToolTip = vi.fn()
    setContextMenu = vi.fn()
    on = vi.fn()
    destroy = vi.fn()
    constructor(public image: unknown) {
      electron.trays.push(this)
    }
  }
  class Notification {
    static isSupported = () => true
    handlers = new Map<string, () => void>()
    show = vi.fn()
    constructor(public options: { title: string; body: string }) {
      electron.notifications.push(this)
    }
    on(name: string, handler: () => void) {
      this.handlers.set(name, handler)
    }
  }
  return {
    app: {
      isPackaged: true,
      getLocale: () => electron.locale,
      getVersion: () => '1.2.3',
      setAppUserModelId: vi.fn(),
      quit: vi.fn(),
      on: (name: string, handler: () => void) => electron.appHandlers.set(name, handler),
      off: vi.fn(),
    },
    // The "built" menu is its template, so the tests can read it.
    Menu: {
      buildFromTemplate: (template: Template) => template,
      setApplicationMenu: (menu: unknown) => electron.appMenus.push(menu),
    },
    nativeImage: {
      createFromPath: (path: string) => ({
        path,
        isEmpty: () => false,
        setTemplateImage: vi.fn(),
      }),
      createFromBitmap: () => ({ drawn: true, setTemplateImage: vi.fn() }),
    },
    Notification,
    Tray,
    dialog: { showMessageBox: vi.fn(async () => ({ response: electron.messageBoxResponse })) },
    shell: { openPath: vi.fn(async () => '') },
  }
})

const tempDir = useTempDir()

function fakeWindow() {
  const handlers = new Map<string, (event: { preventDefault(): void }) => void>()
  return {
    handlers,
    isDestroyed: () => false,
    isMinimized: () => false,
    isVisible: vi.fn(() => true),
    isMaximized: () => false,
    getNormalBounds: () => ({ x: 0, y: 0, width: 1100, height: 760 }),
    restore: vi.fn(),
    show: vi.fn(),
    hide: vi.fn(),
    isFullScreen: () => false,
    setFullScreen: vi.fn(),
    once: vi.fn(),
    focus: vi.fn(),
    setProgressBar: vi.fn(),
    on: (name: string, handler: (event: { preventDefault(): void }) => void) =>
      handlers.set(name, handler),
  }
}

async function setUp(
  campaigns: { id: number; status: string; progress: unknown }[] = [],
  options: { trayIcon?: boolean } = {},
) {
  const clock = new FakeClock()
  const events = new EngineEvents()
  const emitted: EventMessage[] = []
  events.subscribe((m) => emitted.push(m))
  let language: 'en' | 'ru' | null = null
  const calls: [string, unknown][] = []
  const reasons = new Map<number, string>()
  const dispatch = vi.fn(async (channel: string, input: unknown): Promise<Envelope<unknown>> => {
    calls.push([channel, input])
    const id = (input as { id?: number } | undefined)?.id
    const value =
      channel === 'settings.get'
        ? {
            language,
            desktop: { notifyCompleted: true, notifyPaused: true, notifyAccountError: true },
          }
        : channel === 'campaigns.list'
          ? campaigns
          : channel === 'campaigns.get'
            ? {
                id,
                name: 'Spring sale',
                status: 'paused',
                statusReason: reasons.get(id!),
                resumeAt: null,
              }
            : {}
    return { ok: true, value }
  })
  const window = fakeWindow()
  const dataDir = tempDir()
  if (options.trayIcon) {
    mkdirSync(join(dataDir, 'resources'))
    writeFileSync(join(dataDir, 'resources', 'tray.png'), 'png')
  }
  const shutDown = vi.fn(async () => {})
  const quitFlow = new QuitFlow({ platform: 'linux', shutDown, quitApp: vi.fn() })
  const shell = await setUpDesktopShell({
    dispatch,
    events,
    window: window as never,
    dataDir,
    logPath: join(dataDir, 'outbox.log'),
    paths: { isPackaged: false, resourcesPath: dataDir, appPath: dataDir },
    quitFlow,
    clock,
  })
  const tray = electron.trays.at(-1)!
  const lastTooltip = () => tray.setToolTip.mock.calls.at(-1)?.[0]
  const trayMenu = () => tray.setContextMenu.mock.calls.at(-1)?.[0] as Template
  const appMenu = () => electron.appMenus.at(-1) as Template
  const setLanguage = (l: 'en' | 'ru' | null) => (language = l)
  return {
    clock,
    events,
    emitted,
    dispatch,
    calls,
    reasons,
    window,
    tray,
    lastTooltip,
    trayMenu,
    appMenu,
    shell,
    quitFlow,
    shutDown,
    setLanguage,
  }
}

const settle = () => new Promise((r) => setImmediate(r))

beforeEach(async () => {
  const { dialog } = await import('electron')
  vi.mocked(dialog.showMessageBox).mockClear()
  vi.spyOn(console, 'warn').mockImplementation(() => {})
  electron.trays.length = 0
  electron.appMenus.length = 0
  electron.notifications.length = 0
  electron.appHandlers.clear()
  electron.locale = 'en-US'
  electron.messageBoxResponse = 0
})

describe('the desktop shell', () => {
  it('starts with a tray saying what runs, and an application menu', async () => {
    const s = await setUp([
      { id: 1, status: 'sending', progress: snapshot(1, 'sending', 5000, 3766) },
    ])
    expect(s.lastTooltip()).toBe('Outbox — Sending 1 campaign — 1,234 of 5,000 (24%)')
    expect(s.trayMenu().map((i) => i.label)).toContain('Pause all')
    expect(s.window.setProgressBar).toHaveBeenLastCalledWith(1234 / 5000, { mode: 'normal' })
    expect(s.appMenu().map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
  })

  it('takes the tray icon from resources/, or draws one when it is missing', async () => {
    const withIcon = await setUp([], { trayIcon: true })
    expect(withIcon.tray.image).toMatchObject({ path: expect.stringMatching(/tray\.png$/) })
    const warn = vi.mocked(console.warn)
    warn.mockClear()
    const without = await setUp()
    expect(without.tray.image).toMatchObject({ drawn: true })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no tray icon'))
  })

  it('redraws at once on a status change, then at most once a second', async () => {
    const s = await setUp()
    const draws = () => s.tray.setToolTip.mock.calls.length
    s.events.emit('campaign.progress', snapshot(1, 'sending', 1000, 1000))
    expect(s.lastTooltip()).toContain('0 of 1,000')
    const before = draws()
    for (let i = 1; i <= 10; i++) {
      s.clock.advance(100)
      s.events.emit('campaign.progress', snapshot(1, 'sending', 1000, 1000 - i * 10))
    }
    expect(draws()).toBeLessThanOrEqual(before + 1)
    s.clock.advance(TRAY_INTERVAL_MS)
    expect(s.lastTooltip()).toContain('100 of 1,000 (10%)')
    s.events.emit('campaign.progress', snapshot(1, 'completed', 1000, 0))
    expect(s.lastTooltip()).toBe('Outbox — Idle')
    expect(s.window.setProgressBar).toHaveBeenLastCalledWith(-1, { mode: 'none' })
  })

  it('notifies a pause the engine made, and a click opens that campaign', async () => {
    const s = await setUp([{ id: 5, status: 'sending', progress: snapshot(5, 'sending', 10, 5) }])
    s.reasons.set(5, 'quota')
    s.events.emit('campaign.progress', snapshot(5, 'paused', 10, 5))
    await settle()
    expect(electron.notifications).toHaveLength(1)
    const [note] = electron.notifications
    expect(note!.options.title).toBe('“Spring sale” paused')
    expect(note!.show).toHaveBeenCalled()
    s.window.isVisible.mockReturnValue(false)
    note!.handlers.get('click')!()
    expect(s.window.show).toHaveBeenCalled()
    expect(s.window.focus).toHaveBeenCalled()
    expect(s.emitted).toContainEqual({
      name: 'app.open',
      payload: { screen: 'campaigns', campaignId: 5 },
    })
  })

  it('does not notify the user’s own pause', async () => {
    const s = await setUp([{ id: 5, status: 'sending', progress: snapshot(5, 'sending', 10, 5) }])
    s.reasons.set(5, 'user')
    s.events.emit('campaign.progress', snapshot(5, 'paused', 10, 5))
    await settle()
    expect(electron.notifications).toHaveLength(0)
  })

  it('speaks the language the settings name, and follows changes', async () => {
    electron.locale = 'ru-RU'
    const s = await setUp()
    expect(s.lastTooltip()).toBe('Outbox — Нет отправок')
    expect(s.appMenu()[0]!.label).toBe('Файл')
    s.events.emit('settings.changed', { language: 'en', desktop: {} } as never)
    expect(s.lastTooltip()).toBe('Outbox — Idle')
    expect(s.appMenu()[0]!.label).toBe('File')
  })

  it('tray: Pause all pauses every sending campaign through the engine', async () => {
    const s = await setUp([
      { id: 1, status: 'sending', progress: snapshot(1, 'sending', 10, 5) },
      { id: 2, status: 'sending', progress: snapshot(2, 'sending', 10, 5) },
      { id: 3, status: 'paused', progress: snapshot(3, 'paused', 10, 5) },
    ])
    const pauseAll = s.trayMenu().find((i) => i.label === 'Pause all')!
    ;(pauseAll.click as () => void)()
    await settle()
    expect(s.calls.filter(([c]) => c === 'campaigns.pause')).toEqual([
      ['campaigns.pause', { id: 1 }],
      ['campaigns.pause', { id: 2 }],
    ])
  })

  it('closing the window while sending asks; "Pause and quit" pauses, then shuts down', async () => {
    const s = await setUp([{ id: 4, status: 'sending', progress: snapshot(4, 'sending', 10, 5) }])
    electron.messageBoxResponse = 1
    const event = { preventDefault: vi.fn() }
    s.window.handlers.get('close')!(event)
    expect(event.preventDefault).toHaveBeenCalled()
    await settle()
    const { dialog } = await import('electron')
    const [, options] = vi.mocked(dialog.showMessageBox).mock.calls.at(-1) as unknown as [
      unknown,
      { buttons: string[]; cancelId: number },
    ]
    expect(options.buttons).toEqual(['Keep sending in the tray', 'Pause and quit', 'Cancel'])
    expect(options.cancelId).toBe(2)
    expect(s.calls).toContainEqual(['campaigns.pause', { id: 4 }])
    expect(s.shutDown).toHaveBeenCalled()
  })

  it('"Keep sending in the tray" hides the window and keeps the engine', async () => {
    const s = await setUp([{ id: 4, status: 'sending', progress: snapshot(4, 'sending', 10, 5) }])
    electron.messageBoxResponse = 0
    s.window.handlers.get('close')!({ preventDefault: vi.fn() })
    await settle()
    expect(s.window.hide).toHaveBeenCalled()
    expect(s.shutDown).not.toHaveBeenCalled()
  })

  it('Windows logging off shuts down without asking, even while sending', async () => {
    const s = await setUp([{ id: 4, status: 'sending', progress: snapshot(4, 'sending', 10, 5) }])
    s.window.handlers.get('session-end')!({ preventDefault: vi.fn() })
    await settle()
    const { dialog } = await import('electron')
    expect(dialog.showMessageBox).not.toHaveBeenCalled()
    expect(s.shutDown).toHaveBeenCalled()
  })

  it('the dock icon (macOS activate) brings the window back', async () => {
    const s = await setUp()
    s.window.isVisible.mockReturnValue(false)
    electron.appHandlers.get('activate')!()
    expect(s.window.show).toHaveBeenCalled()
  })
})
