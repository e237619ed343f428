import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Protocol } from 'electron'
import { useTempDir } from '../../test/support/tempDir'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
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
