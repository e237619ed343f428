/**
 * A command's body: taken only as JSON, read up to the command limit, and, when refused, left
 * so that the client can still read the refusal (neither a reset nor a hung connection).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { parse as parseContentType } from 'content-type'

export type Body =
  | { kind: 'read'; text: string }
  | { kind: 'tooLarge' }
  /** The client went away before the body ended: there is no one to answer. */
  | { kind: 'aborted' }

/**
 * How long a refused body is still read, and dropped, before the connection is cut. A client
 * that keeps sending after the refusal (a browser sends the whole body before it reads the
 * answer) would otherwise meet a reset and lose the answer; on loopback, a few hundred MB
 * take well under a second.
 */
export const DRAIN_MS = 5_000

/** Requests that were sent `100 Continue`: their client is sending the body. */
const continued = new WeakSet<IncomingMessage>()

/** `Content-Type: application/json`, in UTF-8 if a charset is named at all. */
export function sentAsJson(req: IncomingMessage): boolean {
  const header = req.headers['content-type']
  if (!header) return false
  const { type, parameters } = parseContentType(header)
  const charset = parameters.charset?.toLowerCase()
  return type === 'application/json' && (charset === undefined || charset === 'utf-8')
}

/** The client announced more than `limit` bytes: refused before a byte is read. */
export function declaredTooLarge(req: IncomingMessage, limit: number): boolean {
  return Number(req.headers['content-length'] ?? 0) > limit
}

function expectsContinue(req: IncomingMessage): boolean {
  return req.headers.expect?.toLowerCase() === '100-continue'
}

/** Asks for the body if the client waits to be asked, and reads it, keeping at most `limit` bytes. */
export function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Body> {
  if (expectsContinue(req)) {
    res.writeContinue()
    continued.add(req)
  }
  return new Promise((resolve) => {
    let chunks: Buffer[] = []
    let size = 0
    const settle = (body: Body) => {
      req.off('data', onData).off('end', onEnd).off('close', onClose)
      chunks = []
      resolve(body)
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) settle({ kind: 'tooLarge' })
      else chunks.push(chunk)
    }
    const onEnd = () => settle({ kind: 'read', text: Buffer.concat(chunks, size).toString('utf8') })
    // 'close' before 'end': the client hung up mid-body (its 'error' says only "aborted").
    const onClose = () => settle({ kind: 'aborted' })
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', ignore)
  })
}

/**
 * Call before answering a request whose body was not read to its end. A client still waiting
 * for `100 Continue` has sent nothing and gets the answer with the connection closed after it
 * (the unread body can never follow on it). Any other client may still be sending: the rest
 * is read and dropped, so the connection stays usable, for DRAIN_MS at most.
 */
export function leaveBodyUnread(req: IncomingMessage, res: ServerResponse): void {
  if (req.complete) return
  req.on('error', ignore)
  if (expectsContinue(req) && !continued.has(req)) {
    res.setHeader('Connection', 'close')
    return
  }
  const cut = setTimeout(() => req.socket.destroy(), DRAIN_MS).unref()
  const drained = () => clearTimeout(cut)
  req.once('end', drained).once('close', drained)
  req.resume()
}

function ignore() {}
