/**
 * The app's pages load from `app://outbox/…`, served from the built renderer by this handler,
 * rather than from file://. A custom standard scheme gives the window a real origin of its own
 * (so the IPC sender check has something exact to compare), keeps file:// closed to the page,
 * and lets every response carry the CSP header.
 */
import type { Protocol } from 'electron'
import { SECURITY_HEADERS } from '@shared/csp'
import { readStaticFile } from '@hosting/staticFiles'

export const APP_SCHEME = 'app'
export const APP_HOST = 'outbox'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_URL = `${APP_ORIGIN}/index.html`

/** Must run before the app is ready. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file =
      url.host === APP_HOST && request.method === 'GET'
        ? await readStaticFile(rendererDir, url.pathname)
        : null
    if (!file) return new Response('Not found', { status: 404, headers: SECURITY_HEADERS })
    return new Response(new Uint8Array(file.body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
    })
  })
}
