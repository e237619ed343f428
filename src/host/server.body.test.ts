/**
 * Large commands against a real host on 127.0.0.1: a body within the limit goes through whole,
 * anything over gets a 413 envelope the client can read (never a dropped connection), an
 * upload cut short leaves nothing behind, and closing lets answers already started finish.
 * The limit is lowered here so the bodies stay small; commandLimit.test.ts checks the real one.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { request, type IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { LARGEST_FILE_MB } from '@shared/commandLimit'
import type { RecipientFileInput } from '@shared/contract'
import { createDispatch, type Handlers } from '@engine/dispatch'
import { EngineEvents } from '@engine/events'
import { createToken } from './auth'
import { startHostServer, type HostServer, type HostServerOptions } from './server'

const LIMIT = 64 * 1024
const tempDir = useTempDir()
const token = createToken()
const json = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
let server: HostServer
let reached: string[]
/** app.info answers when the test lets it. */
let releaseInfo: () => void
let infoCalled: boolean

const handlers = {
  app: {
    info: async () => {
      reached.push('app.info')
      infoCalled = true
      await new Promise<void>((resolve) => (releaseInfo = resolve))
      return {
        name: 'Outbox',
        version: '9.9.9',
        dataDir: '/d',
        host: 'browser' as const,
        platform: 'linux',
        nodeVersion: '20',
        sqliteVersion: '3',
        schemaVersion: 1,
      }
    },
  },
  recipients: {
    // Answers with the size of the file it got, so a test sees that the body came whole.
    parse: (file: RecipientFileInput) => {
      reached.push('recipients.parse')
      return {
        encoding: 'utf-8' as const,
        encodingDetected: 'utf-8' as const,
        delimiter: ',' as const,
        headers: ['email'],
        emailColumn: 'email',
        ignoredColumns: [],
        count: Buffer.from(file.dataBase64, 'base64').length,
        sample: [],
        timeZones: null,
        rejected: [],
      }
    },
  },
} as Partial<Handlers> as Handlers

async function start(options: Partial<HostServerOptions> = {}) {
  const rendererDir = join(tempDir(), 'renderer')
  mkdirSync(rendererDir)
  writeFileSync(join(rendererDir, 'index.html'), '<title>Outbox</title>')
  server = await startHostServer({
    dispatch: createDispatch(handlers),
    events: new EngineEvents(),
    token,
    rendererDir,
    commandLimitBytes: LIMIT,
    ...options,
  })
}

beforeEach(() => {
  reached = []
  infoCalled = false
  releaseInfo = () => {}
})
afterEach(async () => {
  releaseInfo()
  await server.close()
  vi.restoreAllMocks()
})

/** `{"input":{"dataBase64":…}}` of exactly `size` bytes (JSON allows the trailing spaces). */
function parseBody(size: number): string {
  const head = '{"input":{"dataBase64":"'
  const tail = '"}}'
  const base64 = 'QUJD'.repeat(Math.floor((size - head.length - tail.length) / 4))
  const body = head + base64 + tail
  return body + ' '.repeat(size - body.length)
}

interface Answer {
  status: number
  headers: IncomingMessage['headers']
  body: string
  /** The client was sent `100 Continue`. */
  continued: boolean
}

/**
 * A POST through node:http, which shows what the server really did: `send` writes the body
 * (or part of it), and the answer is read whenever it comes, even while the body is going out.
 */
function post(
  path: string,
  headers: Record<string, string | number>,
  send: (req: ReturnType<typeof request>) => void,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let continued = false
    const req = request(
      { host: '127.0.0.1', port: server.port, method: 'POST', path, headers },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, continued }),
        )
      },
    )
    req.on('continue', () => (continued = true))
    req.on('error', reject)
    send(req)
  })
}

const tooLarge = {
  ok: false,
  error: { code: 'invalid_input', reason: 'request.tooLarge', params: { maxMb: LARGEST_FILE_MB } },
}

describe('a command body against the limit', () => {
  it('takes a body of exactly the limit, whole', async () => {
    await start()
    const body = parseBody(LIMIT)
    expect(Buffer.byteLength(body)).toBe(LIMIT)
    const response = await fetch(`http://127.0.0.1:${server.port}/api/invoke/recipients.parse`, {
      method: 'POST',
      headers: json,
      body,
    })
    expect(response.status).toBe(200)
    const base64Length = body.trimEnd().length - '{"input":{"dataBase64":""}}'.length
    expect(await response.json()).toMatchObject({
      ok: true,
      value: { count: (base64Length / 4) * 3 },
    })
  })

  it('refuses a Content-Length over the limit with a readable 413, even while the body is sent', async () => {
    await start()
    const response = await fetch(`http://127.0.0.1:${server.port}/api/invoke/recipients.parse`, {
      method: 'POST',
      headers: json,
      body: parseBody(LIMIT + 1),
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject(tooLarge)
    expect(reached).toEqual([])
  })

  it('answers a Content-Length over the limit before any of the body is sent', async () => {
    await start()
    let request: ReturnType<typeof import('node:http').request> | undefined
    const answer = await post(
      '/api/invoke/recipients.parse',
      { ...json, 'Content-Length': 10 * LIMIT },
      (req) => {
        request = req
        req.flushHeaders() // headers only: the answer must not wait for the body
      },
    )
    request!.destroy()
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toMatchObject(tooLarge)
  })

  it('refuses a chunked body once it passes the limit, and the client reads the 413', async () => {
    await start()
    const chunk = 'x'.repeat(16 * 1024)
    const answer = await post('/api/invoke/recipients.parse', json, (req) => {
      // Keeps sending well past the limit, as a browser would, until the answer comes.
      let sent = 0
      const more = () => {
        while (sent < 8 * LIMIT && req.write(chunk)) sent += chunk.length
        if (sent < 8 * LIMIT) req.once('drain', more)
        else req.end()
      }
      more()
    })
    expect(answer.status).toBe(413)
    expect(answer.headers['transfer-encoding']).toBeUndefined()
    expect(JSON.parse(answer.body)).toMatchObject(tooLarge)
    expect(reached).toEqual([])
  })

  it('refuses an Expect: 100-continue client without asking for its body', async () => {
    await start()
    let request: ReturnType<typeof import('node:http').request> | undefined
    const refused = await post(
      '/api/invoke/recipients.parse',
      { ...json, 'Content-Length': LIMIT + 1, Expect: '100-continue' },
      (req) => {
        request = req
        req.flushHeaders()
      },
    )
    request!.destroy()
    expect(refused).toMatchObject({ status: 413, continued: false })
    expect(refused.headers.connection).toBe('close')
    expect(JSON.parse(refused.body)).toMatchObject(tooLarge)

    const body = parseBody(1000)
    const taken = await post(
      '/api/invoke/recipients.parse',
      { ...json, 'Content-Length': body.length, Expect: '100-continue' },
      (req) => req.once('continue', () => req.end(body)),
    )
    expect(taken).toMatchObject({ status: 200, continued: true })
  })
})

describe('an upload cut short', () => {
  it('prints nothing, reaches no command, leaves nothing open and the host keeps serving', async () => {
    // A close that had to wait for a forgotten answer would outlast the test.
    await start({ closeGraceMs: 60_000 })
    const printed = [
      vi.spyOn(console, 'error').mockImplementation(() => {}),
      vi.spyOn(console, 'warn').mockImplementation(() => {}),
      vi.spyOn(console, 'log').mockImplementation(() => {}),
    ]
    // The client waits to be asked, so the host is surely reading the body when it hangs up.
    await new Promise<void>((resolve) => {
      const req = request({
        host: '127.0.0.1',
        port: server.port,
        method: 'POST',
        path: '/api/invoke/recipients.parse',
        headers: { ...json, 'Content-Length': 10_000, Expect: '100-continue' },
      })
      req.on('error', () => resolve())
      req.on('close', () => resolve())
      req.once('continue', () => req.write('{"input":{"dataBase64":"QUJD', () => req.destroy()))
      req.flushHeaders()
    })

    const body = parseBody(100)
    const after = await fetch(`http://127.0.0.1:${server.port}/api/invoke/recipients.parse`, {
      method: 'POST',
      headers: json,
      body,
    })
    expect(after.status).toBe(200)
    await server.close()
    expect(reached).toEqual(['recipients.parse'])
    for (const spy of printed) expect(spy).not.toHaveBeenCalled()
  })
})

describe('closing the host', () => {
  it('lets an answer already started finish, and takes no new request meanwhile', async () => {
    await start()
    const base = `http://127.0.0.1:${server.port}`
    const answer = fetch(`${base}/api/invoke/app.info`, { method: 'POST', headers: json })
    await expect.poll(() => infoCalled).toBe(true)
    let closed = false
    const closing = server.close().then(() => (closed = true))
    await expect(fetch(`${base}/`)).rejects.toThrow()
    expect(closed).toBe(false)
    releaseInfo()
    const response = await answer
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ ok: true, value: { version: '9.9.9' } })
    await closing
    expect(closed).toBe(true)
  })

  it('waits a bounded time only: an answer that never comes is cut', async () => {
    await start({ closeGraceMs: 100 })
    const answer = fetch(`http://127.0.0.1:${server.port}/api/invoke/app.info`, {
      method: 'POST',
      headers: json,
    })
    await expect.poll(() => infoCalled).toBe(true)
    await server.close()
    await expect(answer).rejects.toThrow()
  })
})
