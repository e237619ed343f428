/**
 * `npm run screenshots`: every main screen, in English and Russian, light and dark, written to
 * docs/screenshots. It runs the real browser host on a temporary folder, fills it the way a
 * user would (an account on a local SMTP server that refuses some addresses, campaigns sent,
 * a draft, the test inbox), and photographs the window in Chromium; then, on top, a campaign
 * scheduled in another time zone and one waiting for its sending hours.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { startSmtpSink } from '@test/support/smtpSink'
import { hostApi } from '@test/e2e/support/api'
import { launchChromium } from '@test/e2e/support/chromium'
import { startHost } from '@test/e2e/support/host'
import { showAsDesktopApp } from '@test/e2e/support/desktopApp'
import { seedShowcase, showcaseSink, type Showcase } from '@test/e2e/support/showcase'
import { seedPolicyShowcase, type PolicyShowcase } from '@test/e2e/support/policyShowcase'

const OUT = join(__dirname, '..', 'docs', 'screenshots')
const VIEWPORT = { width: 1280, height: 800 }

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'outbox-screens-'))
  const sink = await startSmtpSink(showcaseSink)
  const host = await startHost(dataDir)
  const browser = await launchChromium()
  try {
    const call = hostApi(host)
    const ids = await seedShowcase(call, sink.port)
    mkdirSync(OUT, { recursive: true })
    const page = await browser.newPage({ viewport: VIEWPORT })
    await showAsDesktopApp(page)
    for (const language of ['en', 'ru'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        await call('settings.update', { language, theme })
        await page.goto(host.url)
        await page.getByTestId('nav-campaigns').waitFor()
        await photograph(page, `${language}-${theme}`, ids, language)
      }
    }
    // Added after the main screens, which stay as they were: a scheduled and a waiting campaign.
    const policies = await seedPolicyShowcase(call, sink.port)
    for (const language of ['en', 'ru'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        await call('settings.update', { language, theme })
        await page.goto('about:blank') // the same address with a new #token would not reload
        await page.goto(host.url)
        await page.getByTestId('nav-campaigns').waitFor()
        await photographPolicies(page, `${language}-${theme}`, policies)
      }
    }
    console.log(`Screenshots written to ${OUT}`)
  } finally {
    await browser.close()
    await host.stop()
    await sink.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

async function photograph(page: Page, prefix: string, ids: Showcase, language: 'en' | 'ru') {
  const shot = async (name: string) => {
    await page.waitForTimeout(400) // let transitions and fonts settle
    await page.screenshot({ path: join(OUT, `${prefix}-${name}.png`) })
  }
  await page.getByTestId('nav-campaigns').click()
  await page.getByTestId(`campaign-row-${ids.sent}`).waitFor()
  await shot('campaigns')

  await page.getByTestId(`campaign-row-${ids.sent}`).click()
  await page.getByTestId('activity-chart').waitFor()
  await shot('campaign')

  // What came back to the test inbox's mailbox: the figures and the messages.
  await page.getByTestId('nav-campaigns').click()
  await page.getByTestId(`campaign-row-${ids.trial}`).click()
  await page.getByTestId('feedback-message-row').first().waitFor()
  await page.getByTestId('feedback-figures').evaluate((el) => el.scrollIntoView())
  await shot('feedback')

  await page.getByTestId('nav-campaigns').click()
  await page.getByTestId(`campaign-row-${ids.draft}`).click()
  await page.getByTestId('step-message').click()
  await page.getByTestId('html-editor').waitFor()
  await shot('editor')
  await page.getByTestId('nav-campaigns').click()
  await page.getByTestId(`campaign-row-${ids.visual[language]}`).click()
  await page.getByTestId('step-message').click()
  await page.locator('[data-block-type=image] img').first().waitFor()
  await shot('visual-editor')
  await page.getByTestId('step-preview').click()
  await page.getByTestId('preview-frame').waitFor()
  await shot('preview')

  for (const screen of ['inbox', 'accounts', 'queue', 'log', 'settings'] as const) {
    await page.getByTestId(`nav-${screen}`).click()
    // The test inbox keeps the message that was open; open one the first time round.
    if (screen === 'inbox' && !(await page.getByTestId('inbox-message-frame').isVisible())) {
      await page.locator('[data-testid^=inbox-row-]').first().click()
      await page.getByTestId('inbox-message-frame').waitFor()
    }
    await shot(screen)
  }
}

async function photographPolicies(page: Page, prefix: string, ids: PolicyShowcase) {
  const screens = [
    { name: 'scheduled', id: ids.scheduled, ready: 'starts-at' },
    { name: 'waiting', id: ids.waiting, ready: 'waiting-notice' },
  ]
  for (const screen of screens) {
    await page.getByTestId('nav-campaigns').click()
    await page.getByTestId(`campaign-row-${screen.id}`).click()
    await page.getByTestId(screen.ready).waitFor()
    await page.waitForTimeout(400) // let transitions and fonts settle
    await page.screenshot({ path: join(OUT, `${prefix}-${screen.name}.png`) })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
