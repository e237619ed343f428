/**
 * `npm run screenshots`: every main screen, in English and Russian, light and dark, written to
 * docs/screenshots. It runs the real browser host on a temporary folder, fills it the way a
 * user would (an account on a local SMTP server that refuses some addresses, campaigns sent,
 * a draft, the test inbox), and photographs the window in Chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { solidPng } from '../test/support/png'
import { reply, startSmtpSink } from '../test/support/smtpSink'
import { campaignReaches, hostApi } from '../test/e2e/support/api'
import { launchChromium } from '../test/e2e/support/chromium'
import { startHost } from '../test/e2e/support/host'

const OUT = join(__dirname, '..', 'docs', 'screenshots')
const VIEWPORT = { width: 1280, height: 800 }
/** The Linux desktop app's data folder, as a user sees it in Settings. */
const SHOWN_DATA_DIR = '~/.config/Outbox'

const LETTER = `<h1>Hello, {{name}}!</h1>
<p>Our spring collection is here, and as a thank-you for staying with us since {{since}},
here is <b>15% off</b> everything until Sunday.</p>
<p><img src="cid:banner" alt="Spring collection" style="max-width:100%;height:auto"></p>
<p><a href="https://shop.example.com/spring?utm_source=outbox">See the collection</a></p>
<p style="font-size:12px;color:#888"><a href="{{unsubscribeUrl}}">Unsubscribe</a></p>
`

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'outbox-screens-'))
  const sink = await startSmtpSink({
    rcpt: (to) => (to.startsWith('old.') ? reply(550, '5.1.1 <' + to + '>: user unknown') : null),
  })
  const host = await startHost(dataDir)
  const browser = await launchChromium()
  try {
    const call = hostApi(host)
    const ids = await seed(call, sink.port)
    mkdirSync(OUT, { recursive: true })
    const page = await browser.newPage({ viewport: VIEWPORT })
    for (const language of ['en', 'ru'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        await call('settings.update', { language, theme })
        await page.goto(host.url)
        await page.getByTestId('nav-campaigns').waitFor()
        await photograph(page, `${language}-${theme}`, ids)
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

type Call = ReturnType<typeof hostApi>

async function seed(call: Call, smtpPort: number) {
  const accounts = await call('accounts.list')
  const testInbox = accounts.find((a) => a.builtin)!
  const shop = await call('accounts.create', {
    name: 'Shop newsletter',
    host: '127.0.0.1',
    port: smtpPort,
    security: 'none',
    fromName: 'Example Shop',
    fromEmail: 'news@shop.example.com',
    replyTo: 'hello@shop.example.com',
    defaults: { delayMs: 20, concurrency: 2 },
    hourlyCap: 500,
    dailyCap: 5000,
  })
  const people = Array.from({ length: 60 }, (_, i) => ({
    email: i % 12 === 5 ? `old.customer${i}@example.com` : `customer${i + 1}@example.com`,
    data: { name: NAMES[i % NAMES.length]!, since: String(2015 + (i % 9)) },
  }))
  const banner = { cid: 'banner', filename: 'banner.png', contentType: 'image/png' as const }
  const image = { ...banner, dataBase64: solidPng(600, 160, [94, 106, 210]).toString('base64') }
  const campaign = (name: string, accountId: number, delayMs: number) =>
    call('campaigns.create', {
      name,
      accountId,
      subject: 'Spring is here, {{name}}: 15% off until Sunday',
      html: LETTER,
      recipients: people,
      images: [image],
      unsubscribe: { mailto: null, url: 'https://shop.example.com/unsubscribe?e={{email}}' },
      settings: { delayMs, concurrency: 2, maxAttempts: 3, backoffMs: 60_000, timeoutMs: 120_000 },
    })

  const sent = await campaign('Spring sale', shop.id, 20)
  await call('campaigns.start', { id: sent.id })
  await campaignReaches(call, sent.id, ['completed'])

  const trial = await campaign('Spring sale — trial run', testInbox.id, 0)
  await call('campaigns.setRecipients', { id: trial.id, recipients: people.slice(0, 6) })
  await call('campaigns.start', { id: trial.id })
  await campaignReaches(call, trial.id, ['completed'])

  const paused = await campaign('Loyalty programme', shop.id, 1500)
  await call('campaigns.start', { id: paused.id })
  await new Promise((resolve) => setTimeout(resolve, 4000))
  await call('campaigns.pause', { id: paused.id })

  const draft = await campaign('Autumn newsletter', shop.id, 2000)
  return { sent: sent.id, draft: draft.id }
}

const NAMES = ['Anna', 'Boris', 'Vera', 'Grigory', 'Daria', 'Egor', 'Zhanna', 'Ivan', 'Kira']

async function photograph(page: Page, prefix: string, ids: { sent: number; draft: number }) {
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

  await page.getByTestId('nav-campaigns').click()
  await page.getByTestId(`campaign-row-${ids.draft}`).click()
  await page.getByTestId('step-message').click()
  await page.getByTestId('html-editor').waitFor()
  await shot('editor')
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
    if (screen === 'settings') {
      // The seeded host's data folder is a temporary one; show where the desktop app keeps it.
      await page.evaluate(
        `document.querySelector('[data-testid=settings-data-dir]').textContent = '${SHOWN_DATA_DIR}'`,
      )
    }
    await shot(screen)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
