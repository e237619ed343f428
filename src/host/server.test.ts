import { mkdirSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { CONTENT_SECURITY_POLICY } from '@shared/csp'
import { createDispatch, type Handlers } from '@engine/dispatch'
import { EngineEvents } from '@engine/events'
import { createToken } from './auth'
import { startHostServer, type HostServer } from './server'

const tempDir = useTempDir()
const token = createToken()
let server: HostServer
let events: EngineEvents
let base: string

// Only the namespaces these tests call.
const handlers = {
  app: {
    info: () => ({
      name: 'Outbox',
      version: '9.9.9',
      dataDir: '/d',
      host: 'browser',
      platform: 'linux',
      nodeVersion: '20',
      sqliteVersion: '3',
      schemaVersion: 1,
    }),
  },
  settings: {
    get: () => ({ language: 'en' as const }),
    update: (p: { language?: 'en' | 'ru' | null }) => ({ language: p.language ?? null }),
  },
} as Partial<Handlers> as Handlers

beforeEach(async () => {
  const root = tempDir()
  const rendererDir = join(root, 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Outbox</title>')
  mkdirSync(join(rendererDir, 'assets'))
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(root, 'secret.txt'), 'outside')
  events = new EngineEvents()
  server = await startHostServer({ dispatch: createDispatch(handlers), events, token, rendererDir })
  base = `http://127.0.0.1:${server.port}`
})
afterEach(() => server.close())

const invoke = (channel: string, input: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ input }),
  })
const auth = { Authorization: `Bearer ${token}` }

/** A raw request, so the test controls every header (Host, Origin) and the exact path. */
function raw(
  path: string,
  headers: Record<string, string> = {},
  { method = 'GET', body }: { method?: string; body?: string } = {},
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

/** A command as the window sends it, with headers changed or left out (undefined). */
function command(channel: string, headers: Record<string, string | undefined> = {}) {
  const sent = Object.fromEntries(
    Object.entries({ ...auth, 'Content-Type': 'application/json', ...headers }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  )
  return raw(`/api/invoke/${channel}`, sent, { method: 'POST', body: '{}' })
}

describe('the browser host', () => {
  it('listens on the loopback address only and prints a tokened URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${token}`)
    expect(server.port).toBeGreaterThan(0)
  })

  it('refuses every API request without the right token with 401', async () => {
    for (const response of [
      await invoke('app.info', undefined),
      await invoke('app.info', undefined, { Authorization: 'Bearer wrong' }),
      await invoke('app.info', undefined, { Authorization: `Bearer ${token}x` }),
      await fetch(`${base}/api/events`),
      await fetch(`${base}/api/events?token=nope`),
    ]) {
      expect(response.status).toBe(401)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    }
  })

  it('carries a command over HTTP with the token', async () => {
    const response = await invoke('app.info', undefined, auth)
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(await response.json()).toMatchObject({ ok: true, value: { version: '9.9.9' } })
  })

  it('answers bad input and unknown commands with their error codes in the envelope', async () => {
    const bad = await invoke('settings.update', { language: 'xx' }, auth)
    expect(bad.status).toBe(200)
    expect(await bad.json()).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const unknown = await invoke('app.selfDestruct', undefined, auth)
    expect(unknown.status).toBe(200)
    expect(await unknown.json()).toMatchObject({ ok: false, error: { code: 'unknown_command' } })
    const notJson = await fetch(`${base}/api/invoke/app.info`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: '{oops',
    })
    expect(await notJson.json()).toMatchObject({ error: { code: 'invalid_input' } })
  })

  it('refuses a request whose Host header is not our loopback address (DNS rebinding)', async () => {
    const response = await raw(`/api/events?token=${token}`, {
      Host: `evil.example:${server.port}`,
    })
    expect(response.status).toBe(403)
  })

  it('takes the token in the address for the event stream only, never for a command', async () => {
    // A leaked token in a command's address would let any page post it as a plain form.
    const inAddress = await raw(
      `/api/invoke/app.info?token=${token}`,
      {
        'Content-Type': 'application/json',
      },
      { method: 'POST', body: '{}' },
    )
    expect(inAddress.status).toBe(401)
    expect(JSON.parse(inAddress.body)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: expect.stringContaining('Authorization header') },
    })
    const stream = await fetch(`${base}/api/events?token=${token}`)
    expect(stream.status).toBe(200)
    await stream.body!.cancel()
  })

  it('refuses a request from another origin, or from the null origin, with 403', async () => {
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${server.port + 1}`]) {
      const refused = await command('app.info', { Origin: origin })
      expect(refused.status, origin).toBe(403)
      expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } })
      expect((await raw(`/api/events?token=${token}`, { Origin: origin })).status).toBe(403)
      expect((await raw('/', { Origin: origin })).status).toBe(403)
    }
  })

  it('takes a command from its own origin, by either loopback name', async () => {
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
      const taken = await command('app.info', { Origin: origin })
      expect(taken.status, origin).toBe(200)
      expect(JSON.parse(taken.body)).toMatchObject({ ok: true, value: { version: '9.9.9' } })
    }
  })

  it('takes commands as JSON only: any other or no content type gets 415', async () => {
    for (const type of [
      undefined,
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
    ]) {
      const refused = await command('app.info', { 'Content-Type': type })
      expect(refused.status, type).toBe(415)
      expect(JSON.parse(refused.body)).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', reason: 'request.notJson' },
      })
    }
    const taken = await command('app.info', { 'Content-Type': 'application/json; charset=UTF-8' })
    expect(taken.status).toBe(200)
  })

  it('streams engine events to a client with the token', async () => {
    const controller = new AbortController()
    const response = await fetch(`${base}/api/events?token=${token}`, { signal: controller.signal })
    expect(response.headers.get('content-type')).toContain('text/event-stream')
    const reader = response.body!.getReader()
    events.emit('engine.heartbeat', { seq: 7, at: 1, uptimeMs: 2 })
    let text = ''
    while (!text.includes('"seq":7')) text += new TextDecoder().decode((await reader.read()).value)
    expect(text).toContain(
      `data: ${JSON.stringify({ name: 'engine.heartbeat', payload: { seq: 7, at: 1, uptimeMs: 2 } })}`,
    )
    controller.abort()
  })

  it('serves the window with the CSP and never a file outside its folder', async () => {
    const page = await fetch(`${base}/`)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await page.text()).toContain('<title>Outbox</title>')
    const script = await fetch(`${base}/assets/app.js`)
    expect(script.headers.get('content-type')).toContain('text/javascript')
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
    ]) {
      const response = await raw(path)
      expect(response.status).toBe(404)
      expect(response.body).not.toContain('outside')
    }
  })
})
