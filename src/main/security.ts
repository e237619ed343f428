/**
 * The Electron hardening of docs/architecture.md, "Security checklist", as small functions the
 * tests can call.
 */
import type { Session, WebContents, WebFrameMain, WebPreferences } from 'electron'

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  }
}

/** "scheme://host[:port]" — WHATWG gives non-special schemes such as app:// a null origin. */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url)
    return u.host ? `${u.protocol}//${u.host}` : null
  } catch {
    return null
  }
}

/** Only the app's own top-level page may call the engine; iframes and foreign pages may not. */
export function isTrustedSender(
  frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined,
  trustedOrigins: readonly string[],
): boolean {
  if (!frame || frame.parent !== null) return false
  const origin = originOf(frame.url)
  return origin !== null && trustedOrigins.includes(origin)
}

/** The window never navigates away, never opens windows, never hosts <webview>. */
export function hardenWebContents(contents: WebContents, trustedOrigins: readonly string[]): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    const origin = originOf(url)
    if (origin === null || !trustedOrigins.includes(origin)) event.preventDefault()
  }
  contents.on('will-navigate', stayHome)
  contents.on('will-redirect', stayHome)
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** The app needs no camera, microphone, notifications-from-page, geolocation… : deny all. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
