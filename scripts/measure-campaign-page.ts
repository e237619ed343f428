/**
 * How the campaign page holds up with 100,000 recipients, in Chromium through the browser host:
 * the time from opening the campaign to its first recipient row, and the frame times while
 * the recipient table is scrolled from top to bottom. Prints medians of several runs.
 *
 *   npm run measure:page [-- recipients]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { campaignReaches, hostApi } from '@test/e2e/support/api'
import { launchChromium } from '@test/e2e/support/chromium'
import { startHost } from '@test/e2e/support/host'

const RECIPIENTS = Number(process.argv[2] ?? 100_000)
const RUNS = 5

/**
 * Runs in the page (a string, because this script is typed for Node): scrolls the recipient
 * table from top to bottom in three seconds, one step per animation frame, and returns the
 * time between frames.
 */
const SCROLL_THROUGH = `new Promise((resolve) => {
  const viewport = document.querySelector('[data-testid=recipient-states] .mantine-ScrollArea-viewport')
  const deltas = []
  const start = performance.now()
  let last = start
  const step = (now) => {
    deltas.push(now - last)
    last = now
    viewport.scrollTop = ((now - start) / 3000) * viewport.scrollHeight
    if (now - start < 3000) requestAnimationFrame(step)
    else resolve(deltas.slice(1))
  }
  requestAnimationFrame(step)
})`

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'outbox-page-'))
  const host = await startHost(dataDir)
  const browser = await launchChromium()
  try {
    const call = hostApi(host)
    const inbox = (await call('accounts.list')).find((a) => a.builtin)!
    const rows = [
      'email;name',
      ...Array.from({ length: RECIPIENTS }, (_, i) => `r${i}@example.com;R${i}`),
    ]
    const campaign = await call('campaigns.create', {
      name: 'Big list',
      accountId: inbox.id,
      subject: 'Hi {{name}}',
      html: '<p>Hi {{name}}</p>',
      recipientsFile: { dataBase64: Buffer.from(rows.join('\n')).toString('base64') },
      settings: {
        delayMs: 3_600_000,
        concurrency: 1,
        maxAttempts: 3,
        backoffMs: 60_000,
        timeoutMs: 120_000,
      },
    })
    // Started and paused at once: every recipient has a delivery row, nearly all queued.
    await call('campaigns.start', { id: campaign.id })
    await call('campaigns.pause', { id: campaign.id })
    await campaignReaches(call, campaign.id, ['paused'])

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    const firstRow: number[] = []
    const medians: number[] = []
    const p95s: number[] = []
    for (let run = 0; run < RUNS; run++) {
      // A fresh window each run (the token stays in the session after the first load).
      if (run === 0) await page.goto(host.url)
      else {
        // The window reopens where it was (the campaign): start each run from the list.
        await page.evaluate('localStorage.clear()')
        await page.reload()
      }
      await page.getByTestId(`campaign-row-${campaign.id}`).waitFor()
      const started = Date.now()
      await page.getByTestId(`campaign-row-${campaign.id}`).click()
      await page.getByTestId('recipient-state-row').first().getByRole('cell').first().waitFor()
      firstRow.push(Date.now() - started)

      const frames = (await page.evaluate(SCROLL_THROUGH)) as number[]
      const sorted = [...frames].sort((a, b) => a - b)
      medians.push(sorted[Math.floor(sorted.length / 2)]!)
      p95s.push(sorted[Math.floor(sorted.length * 0.95)]!)
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    console.log(`recipients: ${RECIPIENTS.toLocaleString('en')}, runs: ${RUNS}`)
    console.log(
      `open campaign → first recipient row: median ${median(firstRow)} ms (${firstRow.join(', ')})`,
    )
    console.log(
      `scrolling frame time: median ${median(medians).toFixed(1)} ms, p95 ${median(p95s).toFixed(1)} ms (medians of runs)`,
    )
  } finally {
    await browser.close()
    await host.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
