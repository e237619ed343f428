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

/**
 * The token from `Authorization: Bearer …`. Only the event stream may carry it in its address
 * (`?token=`, because EventSource cannot set headers): a command with the token in its address
 * could be sent by any page as a plain form post once the token leaked, while a header is
 * something a page can only set on its own origin's requests.
 */
export function tokenOf(
  req: IncomingMessage,
  url: URL,
  where: 'header' | 'headerOrQuery',
): string | null {
  const header = req.headers.authorization
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length)
  return where === 'headerOrQuery' ? url.searchParams.get('token') : null
}

/** The names this host answers to; a page is ours when it came from one of them. */
const ownHosts = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`]

/**
 * Only our own origin may talk to us: a Host header other than the loopback address we bound
 * means a DNS-rebinding page or a proxy, and is refused even before the token is checked.
 */
export function hostAllowed(req: IncomingMessage, port: number): boolean {
  return ownHosts(port).includes(req.headers.host ?? '')
}

/**
 * A browser names the page behind a request in `Origin` (on every cross-site request, and on
 * our own window's POSTs): any page but ours is refused, before the token is looked at, and so
 * is `Origin: null` (a sandboxed frame, a local file, a redirect), which could be anyone. No
 * Origin at all is no cross-site page (the address bar, a script, curl): the token decides.
 */
export function originAllowed(req: IncomingMessage, port: number): boolean {
  const origin = req.headers.origin
  return origin === undefined || ownHosts(port).some((host) => origin === `http://${host}`)
}
