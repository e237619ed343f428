/**
 * The window as Chromium runs it, served by the real browser host: every response carries the
 * CSP, the page has no Node, `window.outbox` is exactly the contract, and the CSP really stops
 * inline scripts.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Response } from 'playwright-core'
import { commands } from '@shared/contract'
import { CONTENT_SECURITY_POLICY } from '@shared/csp'
import { eventually, useAppSession } from './support/session'

const app = useAppSession()
const builtIndex = join(__dirname, '..', '..', 'out', 'renderer', 'index.html')

describe('the window’s hardening, in Chromium', () => {
  it('gets the CSP on every page and asset it loads', async () => {
    const responses: Response[] = []
    app.page.on('response', (response) => responses.push(response))
    await app.page.goto(app.host.url)
    await eventually(() => app.page.evaluate('typeof window.outbox')).toBe('object')
    const fromHost = responses.filter((r) => r.url().startsWith(app.host.origin))
    // The page, its script, its styles and icon at least; the API's answers too.
    expect(fromHost.length).toBeGreaterThanOrEqual(3)
    for (const response of fromHost) {
      expect(response.headers()['content-security-policy'], response.url()).toBe(
        CONTENT_SECURITY_POLICY,
      )
    }
    expect(app.problems).toEqual([])
  })

  it('has no Node in the page, and window.outbox holds exactly the contract’s namespaces', async () => {
    await app.page.goto(app.host.url)
    await eventually(() => app.page.evaluate('typeof window.outbox')).toBe('object')
    // Browser code as text: the tests compile without the DOM's types.
    const globals = await app.page.evaluate(`({
      require: typeof require,
      process: typeof process,
      module: typeof module,
      Buffer: typeof Buffer,
      outbox: Object.keys(window.outbox).sort(),
    })`)
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      outbox: [...Object.keys(commands), 'on'].sort(),
    })
  })

  it('refuses inline script and inline event handlers, as the policy says', async () => {
    await app.page.goto(app.host.url)
    // (eval is not tried here: code run through the DevTools protocol is exempt from the CSP;
    // csp.test.ts checks that the policy allows no eval.)
    await app.page.evaluate(`
      window.__violations = []
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(e.effectiveDirective),
      )
      const script = document.createElement('script')
      script.textContent = 'window.__injected = "script"'
      document.body.append(script)
      const holder = document.createElement('div')
      // An empty image never loads, so its error handler is what the policy must stop.
      holder.innerHTML = '<img src="data:," onerror="window.__injected = 1">'
      document.body.append(holder)
    `)
    await eventually(() => app.page.evaluate('[...new Set(window.__violations)].sort()')).toEqual([
      'script-src-attr',
      'script-src-elem',
    ])
    expect(await app.page.evaluate('window.__injected ?? null')).toBeNull()
  })

  it('builds an index.html that needs no inline script and declares no weaker policy', () => {
    const html = readFileSync(builtIndex, 'utf8')
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/)
      expect(body!.trim()).toBe('')
    }
    // The policy comes only as a header (a <meta> one could not hold frame-ancestors).
    expect(html).not.toMatch(/http-equiv=["']?content-security-policy/i)
    expect(html).not.toMatch(/\son[a-z]+=/i) // no inline event handlers either
  })
})
