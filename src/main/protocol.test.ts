import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Protocol } from 'electron'
import { useTempDir } from '@test/support/tempDir'
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '@shared/csp'
import { APP_SCHEME, APP_URL, registerAppScheme, serveRenderer } from './protocol'

const tempDir = useTempDir()

function fakeProtocol() {
  const calls: { schemes?: unknown; handler?: (req: Request) => Promise<Response> } = {}
  const protocol = {
    registerSchemesAsPrivileged: (schemes: unknown) => (calls.schemes = schemes),
    handle: (scheme: string, handler: (req: Request) => Promise<Response>) => {
      expect(scheme).toBe(APP_SCHEME)
      calls.handler = handler
    },
  }
  return { protocol: protocol as unknown as Protocol, calls }
}

describe('the app:// protocol', () => {
  it('puts the strict CSP and the other security headers on every response, whatever the file', async () => {
    const rendererDir = tempDir()
    mkdirSync(join(rendererDir, 'assets'))
    mkdirSync(join(rendererDir, 'nested'))
    const files = {
      'index.html': '<p>home</p>',
      'nested/page.html': '<p>another page</p>',
      'assets/app.js': 'export {}',
      'assets/app.css': 'p{}',
      'favicon.svg': '<svg/>',
      'assets/a.png': 'png',
      'assets/f.woff2': 'font',
      'assets/data.bin': 'bytes',
    }
    for (const [path, body] of Object.entries(files)) writeFileSync(join(rendererDir, path), body)
    const { protocol, calls } = fakeProtocol()
    serveRenderer(protocol, rendererDir)

    const requests = [
      ...Object.keys(files).map((path) => new Request(`app://outbox/${path}`)),
      new Request('app://outbox/'),
      new Request('app://outbox/missing.html'),
      new Request('app://outbox/index.html', { method: 'POST', body: 'x' }),
    ]
    for (const request of requests) {
      const response = await calls.handler!(request)
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers.get(name), `${name} on ${request.method} ${request.url}`).toBe(
          value,
        )
      }
    }
    const home = await calls.handler!(new Request('app://outbox/'))
    expect(await home.text()).toBe('<p>home</p>')
    expect((await calls.handler!(new Request('app://outbox/nested/page.html'))).status).toBe(200)
    const post = new Request('app://outbox/index.html', { method: 'POST', body: 'x' })
    expect((await calls.handler!(post)).status).toBe(404)
  })

  it('is a standard, secure scheme (a real origin for the page)', () => {
    const { protocol, calls } = fakeProtocol()
    registerAppScheme(protocol)
    expect(calls.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ])
  })

  it('serves the built window with the CSP, and nothing else', async () => {
    const root = tempDir()
    const rendererDir = join(root, 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(join(rendererDir, 'index.html'), '<title>Outbox</title>')
    writeFileSync(join(root, 'private.txt'), 'secret')
    const { protocol, calls } = fakeProtocol()
    serveRenderer(protocol, rendererDir)

    const page = await calls.handler!(new Request(APP_URL))
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(await page.text()).toBe('<title>Outbox</title>')

    for (const url of [
      'app://outbox/../private.txt',
      'app://outbox/%2e%2e/private.txt',
      'app://other/index.html',
    ]) {
      const response = await calls.handler!(new Request(url))
      expect(response.status).toBe(404)
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    }
  })
})
