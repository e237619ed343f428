/** Finds a Chromium to drive with playwright-core; a missing browser is a clear failure. */
import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
]

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH
    throw new Error(`CHROME_PATH is set to ${env.CHROME_PATH}, but there is no file there.`)
  }
  const found = CANDIDATES.find((path) => existsSync(path))
  if (found) return found
  const playwrights = chromium.executablePath()
  if (playwrights && existsSync(playwrights)) return playwrights
  throw new Error(
    'No Chromium found for the browser tests. Install one (Debian/Ubuntu: ' +
      '`apt-get update && apt-get install -y chromium`) or set CHROME_PATH to a ' +
      'Chromium or Chrome executable.',
  )
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}
