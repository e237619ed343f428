/** The browser host's per-start secret and the checks every API request goes through. */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export function createToken(): string {
  return randomBytes(32).toString('base64url')
}

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
export function tokenMatches(expected: string, given: string | null | undefined): boolean {
  return typeof given === 'string' && timingSafeEqual(digest(expected), digest(given))
}

/** The token from `Authorization: Bearer …`, or from `?token=` (EventSource cannot set headers). */
export function tokenOf(req: IncomingMessage, url: URL): string | null {
  const header = req.headers.authorization
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length)
  return url.searchParams.get('token')
}

/**
 * Only our own origin may talk to us: a Host header other than the loopback address we bound
 * means a DNS-rebinding page or a proxy, and is refused even before the token is checked.
 */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`
}
