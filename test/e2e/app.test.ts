/**
 * The whole app as a user meets it: the real browser host (real engine, real SQLite file)
 * serving the built window, driven in Chromium.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Browser, ConsoleMessage, Page } from 'playwright-core'
import { version } from '../../package.json'
import { migrations } from '../../src/main/engine/db/migrations'
import { CONTENT_SECURITY_POLICY } from '../../src/shared/csp'
import { useTempDir } from '../support/tempDir'
import { launchChromium } from './support/chromium'
import { startHost, type RunningHost } from './support/host'

const tempDir = useTempDir()
let browser: Browser
let host: RunningHost
let dataDir: string
let page: Page
let problems: string[]

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(() => browser?.close())

beforeEach(async () => {
  dataDir = tempDir()
  host = await startHost(dataDir)
  page = await browser.newPage()
  problems = []
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
})
afterEach(async () => {
  await page.close()
  await host.stop()
})

const indicator = () => page.getByTestId('live-indicator').first()
/** The page and the engine run at their own pace: wait for a state, never for a fixed time. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 })

describe('the app in Chromium through the browser host', () => {
  it('shows app.info fetched through the contract, under the CSP, with no errors', async () => {
    const response = await page.goto(host.url)
    expect(response!.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    await page.getByTestId('nav-about').click()
    await eventually(() => page.getByTestId('about-version').textContent()).toBe(version)
    expect(await page.getByTestId('about-data-dir').textContent()).toContain(dataDir)
    expect(await page.getByTestId('about-schema').textContent()).toBe(String(migrations.length))
    expect(page.url()).not.toContain('token') // taken out of the address bar
    expect(problems).toEqual([])
  })

  it('reacts to the pushed heartbeat, and says so when the engine goes away', async () => {
    await page.goto(host.url)
    await eventually(() => indicator().getAttribute('data-state')).toBe('live')
    const beats = async () => Number(await page.getByTestId('beats-received').textContent())
    const first = await beats()
    await eventually(beats).toBeGreaterThan(first)

    await host.stop()
    await eventually(() => indicator().getAttribute('data-state')).toBe('lost')
    expect(await indicator().textContent()).toBe('No connection to the engine')
  })

  it('switches to Russian and keeps the choice in the engine across a reload', async () => {
    await page.goto(host.url)
    await eventually(() => indicator().getAttribute('data-state')).toBe('live')
    await page.getByText('Русский').click()
    await eventually(() => page.getByTestId('nav-about').textContent()).toBe('О программе')
    expect(await page.locator('html').getAttribute('lang')).toBe('ru')
    expect(await indicator().textContent()).toBe('Движок работает')

    await page.reload()
    await eventually(() => page.getByTestId('nav-about').textContent()).toBe('О программе')
    await page.getByText('English').click()
    await eventually(() => page.getByTestId('nav-about').textContent()).toBe('About')
    expect(problems).toEqual([])
  })

  it('refuses API calls without the token, and the page says how to get in', async () => {
    for (const headers of [{}, { Authorization: 'Bearer not-the-token' }] as Record<
      string,
      string
    >[]) {
      const response = await fetch(`${host.origin}/api/invoke/app.info`, {
        method: 'POST',
        headers,
      })
      expect(response.status).toBe(401)
    }
    const stream = await fetch(`${host.origin}/api/events`)
    expect(stream.status).toBe(401)

    await page.goto(`${host.origin}/`) // no token in the address
    await page.getByTestId('nav-about').click()
    await eventually(() => page.getByTestId('about-error').textContent()).toContain('npm run serve')
  })
})
