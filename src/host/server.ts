/**
 * The browser host's HTTP server, bound to 127.0.0.1 only:
 *   POST /api/invoke/<channel>  body {"input": …}  → the command's envelope (JSON)
 *   GET  /api/events            server-sent events, one `data:` line per engine event
 *   GET  /…                     the built renderer
 * Every /api request needs the per-start token, or gets 401.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SECURITY_HEADERS } from '../shared/csp'
import type { ErrorCode, Envelope } from '../shared/types'
import type { Dispatch } from '../main/engine/dispatch'
import type { EngineEvents } from '../main/engine/events'
import { hostAllowed, tokenMatches, tokenOf } from './auth'
import { readStaticFile } from '../main/staticFiles'

export const LOOPBACK = '127.0.0.1'
const MAX_BODY_BYTES = 64 * 1024 * 1024

export interface HostServerOptions {
  dispatch: Dispatch
  events: EngineEvents
  token: string
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
}

export interface HostServer {
  port: number
  /** The address to open, token included (in the fragment, so it never reaches a log). */
  url: string
  close(): Promise<void>
}

const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  unknown_command: 404,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
  internal: 500,
}

export async function startHostServer(options: HostServerOptions): Promise<HostServer> {
  const streams = new Set<ServerResponse>()
  let port = 0

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    handle(req, res).catch((error: unknown) => {
      console.error('[host] request failed:', error)
      if (!res.headersSent) sendError(res, 'internal', 'The host could not answer this request')
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`)
    if (!url.pathname.startsWith('/api/')) return serveStatic(url, req, res)
    if (!hostAllowed(req, port)) return sendError(res, 'forbidden', 'Unexpected Host header')
    if (!tokenMatches(options.token, tokenOf(req, url))) {
      return sendError(res, 'unauthorized', 'Missing or wrong token: open the URL the host printed')
    }
    res.setHeader('Cache-Control', 'no-store')
    if (url.pathname === '/api/events' && req.method === 'GET') return openStream(req, res)
    const channel = url.pathname.match(/^\/api\/invoke\/([\w.]+)$/)?.[1]
    if (channel && req.method === 'POST') return invoke(channel, req, res)
    return sendError(res, 'not_found', `No API route ${req.method} ${url.pathname}`)
  }

  async function invoke(channel: string, req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req)
    if (body === null) return sendError(res, 'invalid_input', 'Request body too large')
    let input: unknown
    try {
      input = body.length ? (JSON.parse(body) as { input?: unknown }).input : undefined
    } catch {
      return sendError(res, 'invalid_input', 'Request body is not valid JSON')
    }
    const reply = await options.dispatch(channel, input)
    // The engine answered: its refusal is data in the envelope, as over IPC, not an HTTP
    // failure (a form's validation error must not show up as a failed request in the console).
    // Only a request the host itself cannot take (token, Host, body, route) gets an error status.
    sendJson(res, 200, reply)
  }

  function openStream(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    })
    res.write('retry: 1000\n\n')
    streams.add(res)
    const unsubscribe = options.events.subscribe((message) => {
      res.write(`data: ${JSON.stringify(message)}\n\n`)
    })
    req.on('close', () => {
      unsubscribe()
      streams.delete(res)
    })
  }

  async function serveStatic(url: URL, req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendError(res, 'not_found', 'Not found')
    const file = await readStaticFile(options.rendererDir, url.pathname)
    if (!file) return sendError(res, 'not_found', `No file ${url.pathname}`)
    res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.body.length })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, LOOPBACK, () => resolve())
  })
  port = (server.address() as AddressInfo).port

  return {
    port,
    url: `http://${LOOPBACK}:${port}/#token=${options.token}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stream of streams) stream.end()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolve(null)
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  })
  res.end(text)
}

function sendError(res: ServerResponse, code: ErrorCode, message: string) {
  const envelope: Envelope<never> = { ok: false, error: { code, message } }
  sendJson(res, STATUS_OF[code], envelope)
}
