/**
 * One Chromium for the file, and for each test (or, with scope 'all', once for the file) a fresh
 * browser host on a fresh data folder with a new page that records every console error, warning
 * and page error.
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import type { Browser, ConsoleMessage, Page } from 'playwright-core'
import { useTempDir } from '../../support/tempDir'
import { launchChromium } from './chromium'
import { startHost, type RunningHost } from './host'

export interface AppSession {
  browser: Browser
  host: RunningHost
  dataDir: string
  page: Page
  problems: string[]
}

export function useAppSession(
  options: { viewport?: { width: number; height: number }; scope?: 'each' | 'all' } = {},
) {
  const scope = options.scope ?? 'each'
  const tempDir = useTempDir(scope)
  const session = {} as AppSession
  beforeAll(async () => {
    session.browser = await launchChromium()
  })
  afterAll(() => session.browser?.close())
  ;(scope === 'each' ? beforeEach : beforeAll)(async () => {
    session.dataDir = tempDir()
    session.host = await startHost(session.dataDir)
    session.page = await session.browser.newPage(
      options.viewport ? { viewport: options.viewport } : {},
    )
    session.problems = []
    session.page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error' || m.type() === 'warning') {
        session.problems.push(`${m.type()}: ${m.text()}`)
      }
    })
    session.page.on('pageerror', (e) => session.problems.push(`pageerror: ${e.message}`))
  })
  ;(scope === 'each' ? afterEach : afterAll)(async () => {
    await session.page.close()
    await session.host.stop()
  })
  return session
}

/** The page and the engine run at their own pace: wait for a state, never for a fixed time. */
export function eventually<T>(
  read: () => Promise<T>,
  timeout = 10_000,
): ReturnType<typeof expect.poll<T>> {
  return expect.poll(read, { timeout })
}
