/** The policy itself: what a page of the app may load and run. */
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './csp'

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((part) => {
    const [name, ...sources] = part.trim().split(/\s+/)
    return [name!, sources] as const
  }),
)

describe('the Content-Security-Policy', () => {
  it('runs only the app’s own scripts: no inline script, no eval, no remote code', () => {
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes/)
    expect(directives.get('default-src')).toEqual(["'none'"])
  })

  it('talks only to its own origin, embeds nothing, and cannot be framed or re-based', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"])
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(directives.get(name), name).toEqual(["'none'"])
    }
    // Email previews are srcdoc frames, which inherit this policy; no URL may be framed.
    expect(directives.get('frame-src')).toEqual(["'none'"])
  })

  it('is the header both hosts send, with no-sniff, no referrer and an isolated opener', () => {
    expect(SECURITY_HEADERS).toEqual({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
    })
  })
})
