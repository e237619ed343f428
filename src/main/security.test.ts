import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import type { Session, WebContents } from 'electron'
import {
  denyAllPermissions,
  hardenWebContents,
  isTrustedSender,
  originOf,
  secureWebPreferences,
} from './security'

const trusted = ['app://outbox']

describe('secureWebPreferences', () => {
  it('turns on isolation and the sandbox and keeps Node out of the page', () => {
    expect(secureWebPreferences('/p/preload.js')).toMatchObject({
      preload: '/p/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    })
  })
})

describe('isTrustedSender', () => {
  const top = (url: string) => ({ url, parent: null })
  it('accepts only the app’s own top-level page', () => {
    expect(isTrustedSender(top('app://outbox/index.html'), trusted)).toBe(true)
    expect(isTrustedSender(top('app://evil/index.html'), trusted)).toBe(false)
    expect(isTrustedSender(top('https://outbox/index.html'), trusted)).toBe(false)
    expect(isTrustedSender(top('file:///etc/passwd'), trusted)).toBe(false)
    expect(isTrustedSender(top('not a url'), trusted)).toBe(false)
    expect(isTrustedSender(null, trusted)).toBe(false)
  })
  it('refuses a subframe even when it claims the app’s origin', () => {
    const frame = { url: 'app://outbox/index.html', parent: top('app://outbox/index.html') }
    expect(isTrustedSender(frame as never, trusted)).toBe(false)
  })
  it('computes an origin for custom schemes, which WHATWG leaves null', () => {
    expect(originOf('app://outbox/a/b.html?x#y')).toBe('app://outbox')
    expect(originOf('http://localhost:5173/')).toBe('http://localhost:5173')
  })
})

describe('hardenWebContents', () => {
  function fakeContents() {
    const emitter = new EventEmitter()
    let openHandler: ((details: { url: string }) => { action: string }) | undefined
    const contents = Object.assign(emitter, {
      setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
    })
    return { contents, open: (url: string) => openHandler!({ url }) }
  }
  const attempt = (emitter: EventEmitter, name: string, url: string) => {
    const event = { preventDefault: vi.fn() }
    emitter.emit(name, event, url)
    return event.preventDefault.mock.calls.length > 0
  }

  it('denies window.open for any URL', () => {
    const { contents, open } = fakeContents()
    hardenWebContents(contents as unknown as WebContents, trusted)
    expect(open('https://example.com')).toEqual({ action: 'deny' })
    expect(open('app://outbox/index.html')).toEqual({ action: 'deny' })
  })

  it('blocks navigation and redirects away from the app, and <webview>', () => {
    const { contents } = fakeContents()
    hardenWebContents(contents as unknown as WebContents, trusted)
    expect(attempt(contents, 'will-navigate', 'https://example.com/phish')).toBe(true)
    expect(attempt(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(attempt(contents, 'will-redirect', 'https://example.com')).toBe(true)
    expect(attempt(contents, 'will-navigate', 'app://outbox/index.html')).toBe(false)
    expect(attempt(contents, 'will-attach-webview', 'app://outbox/')).toBe(true)
  })
})

describe('denyAllPermissions', () => {
  it('answers no to every permission request and check', () => {
    let requestHandler:
      ((wc: unknown, permission: string, cb: (ok: boolean) => void) => void) | undefined
    let checkHandler: (() => boolean) | undefined
    const session = {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    }
    denyAllPermissions(session as unknown as Session)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn()
      requestHandler!({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
    }
    expect(checkHandler!()).toBe(false)
  })
})
