/**
 * The desktop shell around the main window: tray, taskbar/dock progress, notifications, the
 * application menu, the quit question and the remembered window place. Electron glue only:
 * every decision is a tested function beside this file; this wires them to Electron.
 */
import {
  app,
  dialog,
  Menu,
  nativeImage,
  Notification,
  shell as desktop,
  Tray,
  type BrowserWindow,
  type MessageBoxOptions,
  type NativeImage,
} from 'electron'
import { existsSync } from 'node:fs'
import type { Settings } from '@shared/contract'
import type { CommandChannel, CommandInput } from '@shared/types'
import { systemClock, type Clock } from '@shared/clock'
import type { Dispatch } from '@engine/dispatch'
import type { EngineEvents } from '@engine/events'
import type { RuntimePaths } from '../native'
import { appMenuTemplate } from './appMenu.electron'
import { bringToFront } from './bringToFront.electron'
import { hideWindow } from './hideWindow.electron'
import { CampaignBoard } from './campaignBoard'
import { engineCall } from './engineCall'
import { resolveLanguage, type Language } from './language'
import { Notifier } from './notifier'
import type { Notice } from './notifications'
import { overview, taskbarProgress, trayView, type TrayAction } from './progressView'
import type { QuitFlow } from './quitFlow'
import { answerOf, QUIT_BUTTONS, QUIT_CANCEL_INDEX } from './quitPlan'
import { shellStrings, type ShellStrings } from './strings'
import { Throttle } from '@shared/throttle'
import { FALLBACK_ICON_SIZE, fallbackTrayBitmap, trayIconCandidates } from './trayIcon'
import { trayMenuTemplate } from './trayMenu.electron'
import { WindowStateSaver, writeWindowState } from './windowStateFile'

/** Tray and taskbar redraw at most this often; status changes redraw at once. */
export const TRAY_INTERVAL_MS = 1000
/** electron-builder's appId: Windows shows toasts only for an app with a user model id. */
export const APP_USER_MODEL_ID = 'app.outbox.desktop'

export interface DesktopShellOptions {
  dispatch: Dispatch
  events: EngineEvents
  window: BrowserWindow
  dataDir: string
  logPath: string
  paths: RuntimePaths
  quitFlow: QuitFlow
  clock?: Clock
}

export interface DesktopShell {
  dispose(): void
}

export async function setUpDesktopShell(o: DesktopShellOptions): Promise<DesktopShell> {
  const { dispatch, events, window, quitFlow } = o
  const platform = process.platform
  const clock = o.clock ?? systemClock
  const call = <C extends CommandChannel>(channel: C, input: CommandInput<C>) =>
    engineCall(dispatch, channel, input)
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID)

  let settings: Settings = await call('settings.get', undefined)
  let language: Language = 'en'
  let text: ShellStrings = shellStrings.en
  const board = new CampaignBoard()
  const show = () => bringToFront(window)

  // ── Tray and taskbar ──────────────────────────────────────────────────────────────────────
  const tray = new Tray(trayImage(o.paths, platform))
  let drawn = { tooltip: '', menu: '', bar: '' }
  const trayActions: Record<TrayAction, () => void> = {
    open: show,
    pauseAll: () => void each(board, 'sending', (id) => call('campaigns.pause', { id })),
    resumeAll: () => void each(board, 'paused', (id) => call('campaigns.resume', { id })),
    quit: () => app.quit(),
  }
  const draw = () => {
    const now = overview(board.snapshots())
    const view = trayView(now, text, language)
    const menu = JSON.stringify(view.items)
    if (view.tooltip !== drawn.tooltip) tray.setToolTip(view.tooltip)
    // Rebuilt only when it reads differently: an open menu must not flicker 10 times a second.
    if (menu !== drawn.menu)
      tray.setContextMenu(
        Menu.buildFromTemplate(trayMenuTemplate(view.items, (a) => trayActions[a]())),
      )
    const bar = taskbarProgress(now)
    const barKey = JSON.stringify(bar)
    if (barKey !== drawn.bar && !window.isDestroyed())
      window.setProgressBar(bar.progress, { mode: bar.mode })
    drawn = { tooltip: view.tooltip, menu, bar: barKey }
  }
  const redraw = new Throttle(clock, TRAY_INTERVAL_MS, draw)
  // Windows: a left click opens the window (the right click shows the menu). macOS opens the menu.
  tray.on('click', () => platform !== 'darwin' && show())

  // ── Language, application menu ────────────────────────────────────────────────────────────
  const relabel = () => {
    language = resolveLanguage(settings.language, app.getLocale())
    text = shellStrings[language]
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        appMenuTemplate({
          platform,
          isPackaged: app.isPackaged,
          text,
          actions: {
            openDataFolder: () => void desktop.openPath(o.dataDir),
            // No log yet (nothing happened): the folder it will be in.
            openLogFile: () => void desktop.openPath(existsSync(o.logPath) ? o.logPath : o.dataDir),
            about: () => void about(),
            quit: () => app.quit(),
          },
        }),
      ),
    )
    redraw.flush()
  }
  const about = async () => {
    const { response } = await messageBox(window, {
      type: 'info',
      title: text.menu.about,
      message: text.appName,
      detail: text.about.detail(app.getVersion(), o.dataDir),
      buttons: [text.about.ok, text.menu.openDataFolder],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
    })
    if (response === 1) await desktop.openPath(o.dataDir)
  }

  // ── Notifications ─────────────────────────────────────────────────────────────────────────
  // Electron drops a notification's click handler once the object is garbage collected.
  const live = new Set<Notification>()
  const notifier = new Notifier({
    campaign: (id) => call('campaigns.get', { id }).catch(() => null),
    current: () => ({ desktop: settings.desktop, text, language }),
    formatTime: (ms, lang) =>
      new Date(ms).toLocaleTimeString(lang, { hour: '2-digit', minute: '2-digit' }),
    show: (notice: Notice) => {
      if (!Notification.isSupported()) return
      const note = new Notification({ title: notice.title, body: notice.body })
      live.add(note)
      note.on('click', () => {
        live.delete(note)
        show()
        events.emit('app.open', { screen: 'campaigns', campaignId: notice.campaignId })
      })
      note.on('close', () => live.delete(note))
      note.show()
    },
  })

  // ── Engine events ─────────────────────────────────────────────────────────────────────────
  const unsubscribe = events.subscribe((message) => {
    if (message.name === 'settings.changed') {
      settings = message.payload
      relabel()
    } else if (message.name === 'campaign.progress') {
      const from = board.update(message.payload)
      if (from === message.payload.status) return redraw.schedule()
      redraw.flush()
      void notifier.statusChanged(from, message.payload)
    }
  })
  relabel()
  board.seed((await call('campaigns.list', undefined)).map((c) => c.progress))
  redraw.flush()

  // ── Quitting, the window's place, second launches ─────────────────────────────────────────
  quitFlow.attach({
    sendingCampaigns: async () =>
      (await call('campaigns.list', undefined))
        .filter((c) => c.status === 'sending')
        .map((c) => c.id),
    ask: async (sending) => {
      const { response } = await messageBox(window, {
        type: 'question',
        title: text.appName,
        message: text.quit.message(sending),
        detail: text.quit.detail,
        buttons: QUIT_BUTTONS.map((answer) =>
          answer === 'keep-sending'
            ? text.quit.keepSending(platform)
            : answer === 'pause-and-quit'
              ? text.quit.pauseAndQuit
              : text.quit.cancel,
        ),
        defaultId: 0,
        cancelId: QUIT_CANCEL_INDEX,
        noLink: true,
      })
      return answerOf(response)
    },
    hideWindow: () => hideWindow(window),
    pause: async (id) => void (await call('campaigns.pause', { id })),
  })
  const saver = new WindowStateSaver(
    clock,
    () =>
      window.isDestroyed()
        ? null
        : { bounds: window.getNormalBounds(), maximized: window.isMaximized() },
    (state) => writeWindowState(o.dataDir, state),
  )
  window.on('resize', () => saver.changed())
  window.on('move', () => saver.changed())
  window.on('close', (event) => {
    saver.saveNow()
    quitFlow.windowClosing(event)
  })
  // Windows is logging off or shutting down: no one is there to answer, and it cannot be stopped.
  window.on('session-end', () => void quitFlow.quitNow())
  // macOS: the dock icon brings back a window hidden by closing it.
  app.on('activate', show)

  return {
    dispose() {
      unsubscribe()
      redraw.cancel()
      app.off('activate', show)
      tray.destroy()
    },
  }
}

function trayImage(paths: RuntimePaths, platform: NodeJS.Platform): NativeImage {
  for (const path of trayIconCandidates(paths, platform)) {
    if (!existsSync(path)) continue
    const image = nativeImage.createFromPath(path)
    if (!image.isEmpty()) {
      if (platform === 'darwin') image.setTemplateImage(true)
      return image
    }
  }
  console.warn('[tray] no tray icon in resources/: drawing a plain one')
  const image = nativeImage.createFromBitmap(fallbackTrayBitmap(), {
    width: FALLBACK_ICON_SIZE,
    height: FALLBACK_ICON_SIZE,
  })
  if (platform === 'darwin') image.setTemplateImage(true)
  return image
}

/** Attached to the window when it shows; a hidden window's sheet would be invisible on macOS. */
function messageBox(window: BrowserWindow, options: MessageBoxOptions) {
  return !window.isDestroyed() && window.isVisible()
    ? dialog.showMessageBox(window, options)
    : dialog.showMessageBox(options)
}

async function each(
  board: CampaignBoard,
  status: 'sending' | 'paused',
  act: (id: number) => Promise<unknown>,
): Promise<void> {
  const ids = [...board.snapshots()].filter((p) => p.status === status).map((p) => p.campaignId)
  await Promise.allSettled(ids.map(act))
}
