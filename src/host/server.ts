/**
 * The browser host's HTTP server, bound to 127.0.0.1 only:
 *   POST /api/invoke/<channel>  JSON body {"input": …}  → the command's envelope (JSON)
 *   GET  /api/events            server-sent events, one `data:` line per engine event
 *   GET  /…                     the built renderer
 * A request from another page's origin gets 403, and so does an /api request with a foreign
 * Host header. Every /api request needs the per-start token or gets 401: a command in its
 * Authorization header, the event stream also in `?token=`. A command must be JSON (else 415)
 * of at most COMMAND_LIMIT_BYTES (else 413); every refusal is an envelope the window can word.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { COMMAND_LIMIT_BYTES, commandTooLarge } from '@shared/commandLimit'
import { SECURITY_HEADERS } from '@shared/csp'
import { OutboxError } from '@shared/errors'
import type { ErrorCode, Envelope } from '@shared/types'
import type { Dispatch } from '@engine/dispatch'
import type { EngineEvents } from '@engine/events'
import { hostAllowed, originAllowed, tokenMatches, tokenOf } from './auth'
import { declaredTooLarge, leaveBodyUnread, readBody, sentAsJson } from './body'
import { readStaticFile } from '@hosting/staticFiles'

export const LOOPBACK = '127.0.0.1'
/** How long close() waits for answers already started before it cuts their connections. */
const CLOSE_GRACE_MS = 10_000

export interface HostServerOptions {
  dispatch: Dispatch
  events: EngineEvents
  token: string
  rendererDir: string
  /** 0 picks a free port. */
  port?: number
  /** The largest command body; tests lower it, the default follows the contract. */
  commandLimitBytes?: number
  /** How long close() waits for answers already started; tests shorten it. */
  closeGraceMs?: number
}

export interface HostServer {
  port: number
  /** The address to open, token included (in the fragment, so it never reaches a log). */
  url: string
  /** Stops taking requests, lets answers already started finish (for a while), then closes. */
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
  const limit = options.commandLimitBytes ?? COMMAND_LIMIT_BYTES
  const streams = new Set<ServerResponse>()
  /** Answers started and not finished (event streams aside): close() waits for these. */
  const answering = new Set<ServerResponse>()
  let lastAnswerDone: (() => void) | undefined
  let port = 0

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value)
    answering.add(res)
    res.once('close', () => {
      answering.delete(res)
      if (answering.size === 0) lastAnswerDone?.()
    })
    handle(req, res).catch((error: unknown) => {
      console.error('[host] request failed:', error)
      if (!res.headersSent) {
        refuse(req, res, new OutboxError('internal', 'The host could not answer this request'))
      } else res.destroy()
    })
  }
  const server = createServer(onRequest)
  // A client that sends `Expect: 100-continue` is asked for its body only once the command
  // passed every check, so a refusal costs it no upload.
  server.on('checkContinue', onRequest)

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}`)
    if (!originAllowed(req, port)) {
      return refuse(
        req,
        res,
        new OutboxError('forbidden', 'Requests from other origins are refused'),
      )
    }
    if (!url.pathname.startsWith('/api/')) return serveStatic(url, req, res)
    if (!hostAllowed(req, port)) {
      return refuse(req, res, new OutboxError('forbidden', 'Unexpected Host header'))
    }
    const eventStream = url.pathname === '/api/events' && req.method === 'GET'
    if (!tokenMatches(options.token, tokenOf(req, url, eventStream ? 'headerOrQuery' : 'header'))) {
      const message =
        !eventStream && url.searchParams.has('token')
          ? 'Commands take the token in the Authorization header, never in the address'
          : 'Missing or wrong token: open the URL the host printed'
      return refuse(req, res, new OutboxError('unauthorized', message))
    }
    res.setHeader('Cache-Control', 'no-store')
    if (eventStream) return openStream(req, res)
    const channel = url.pathname.match(/^\/api\/invoke\/([\w.]+)$/)?.[1]
    if (channel && req.method === 'POST') return invoke(channel, req, res)
    return refuse(
      req,
      res,
      new OutboxError('not_found', `No API route ${req.method} ${url.pathname}`),
    )
  }

  async function invoke(channel: string, req: IncomingMessage, res: ServerResponse) {
    if (!sentAsJson(req)) {
      const error = new OutboxError(
        'invalid_input',
        'Commands are JSON: send them with Content-Type: application/json',
        undefined,
        { reason: 'request.notJson' },
      )
      return refuse(req, res, error, 415)
    }
    if (declaredTooLarge(req, limit)) return refuse(req, res, commandTooLarge(), 413)
    const body = await readBody(req, res, limit)
    if (body.kind === 'aborted') return
    if (body.kind === 'tooLarge') return refuse(req, res, commandTooLarge(), 413)
    let input: unknown
    try {
      input = body.text.length ? (JSON.parse(body.text) as { input?: unknown }).input : undefined
    } catch {
      return refuse(req, res, new OutboxError('invalid_input', 'Request body is not valid JSON'))
    }
    const reply = await options.dispatch(channel, input)
    // The engine answered: its refusal is data in the envelope, as over IPC, not an HTTP
    // failure (a form's validation error must not show up as a failed request in the console).
    // Only a request the host itself cannot take (origin, token, Host, body, route) gets an
    // error status.
    sendJson(res, 200, reply)
  }

  function openStream(req: IncomingMessage, res: ServerResponse) {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    })
    res.write('retry: 1000\n\n')
    answering.delete(res)
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
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return refuse(req, res, new OutboxError('not_found', 'Not found'))
    }
    const file = await readStaticFile(options.rendererDir, url.pathname)
    if (!file) return refuse(req, res, new OutboxError('not_found', `No file ${url.pathname}`))
    res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.body.length })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  }

  /** Resolves when no answer is under way, or after `graceMs` all the same. */
  function answersFinished(graceMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        lastAnswerDone = undefined
        resolve()
      }
      const timer = setTimeout(done, graceMs)
      if (answering.size === 0) done()
      else lastAnswerDone = done
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, LOOPBACK, () => resolve())
  })
  port = (server.address() as AddressInfo).port

  return {
    port,
    url: `http://${LOOPBACK}:${port}/#token=${options.token}`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const stream of streams) stream.end()
      server.closeIdleConnections()
      await answersFinished(options.closeGraceMs ?? CLOSE_GRACE_MS)
      server.closeAllConnections()
      await closed
    },
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  })
  res.end(text)
}

/** An envelope with the error, under its HTTP status; a body left unread is dealt with first. */
function refuse(
  req: IncomingMessage,
  res: ServerResponse,
  error: OutboxError,
  status = STATUS_OF[error.code],
) {
  leaveBodyUnread(req, res)
  const envelope: Envelope<never> = { ok: false, error: error.toPayload() }
  sendJson(res, status, envelope)
}
