/**
 * How the visual letter editor holds up with a long letter, in Chromium through the browser
 * host: the time from opening the Message step to the whole letter on screen, and how long the
 * page takes to answer each keystroke typed into a text block (Event Timing: every keystroke
 * slower than 16 ms is reported by the browser with its full time, input to next paint).
 * Prints medians of several runs.
 *
 *   npm run measure:editor [-- blocks]
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Block } from '@shared/letter/design'
import { STARTERS } from '@shared/letter/starters'
import { hostApi } from '@test/e2e/support/api'
import { launchChromium } from '@test/e2e/support/chromium'
import { startHost } from '@test/e2e/support/host'

const BLOCKS = Number(process.argv[2] ?? 60)
const RUNS = 5
const TYPED = 'The quick brown fox jumps over the lazy dog. '.repeat(2)

/** The newsletter's blocks, repeated with new ids until the letter is BLOCKS long. */
function longLetter() {
  const base = STARTERS.newsletter.en
  const blocks: Block[] = []
  const body = base.blocks.filter((x) => x.type !== 'footer')
  for (let i = 0; blocks.length < BLOCKS - 1; i++) {
    const b = body[i % body.length]!
    blocks.push(JSON.parse(JSON.stringify({ ...b, id: `${b.id}-${i}` })) as Block)
  }
  blocks.push(base.blocks.find((b) => b.type === 'footer')!)
  return { ...base, blocks }
}

/** In the page: every keystroke's event timing from now on (16 ms is the browser's minimum). */
const WATCH_KEYS = `window.__keys = []; new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.name === 'keydown') window.__keys.push(e.duration)
}).observe({ type: 'event', durationThreshold: 16 })`

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'outbox-editor-'))
  const host = await startHost(dataDir)
  const browser = await launchChromium()
  try {
    const call = hostApi(host)
    const inbox = (await call('accounts.list')).find((a) => a.builtin)!
    const campaign = await call('campaigns.create', {
      name: 'Long letter',
      accountId: inbox.id,
      subject: 'News',
      design: longLetter(),
    })
    const opens: number[] = []
    const slowest: number[] = []
    const over50: number[] = []
    for (let run = 0; run < RUNS; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
      await page.goto(host.url)
      await page.getByTestId(`campaign-row-${campaign.id}`).click()
      await page.getByTestId('step-recipients').waitFor()
      const started = Date.now()
      await page.getByTestId('step-message').click()
      await page.locator(`[data-block-id="${longLetter().blocks.at(-1)!.id}"]`).waitFor()
      opens.push(Date.now() - started)

      const text = page.locator('[data-block-type=text]').nth(Math.floor(BLOCKS / 4))
      await text.scrollIntoViewIfNeeded()
      await text.click()
      await text.locator('[contenteditable=true]').click()
      await page.keyboard.press('End')
      await page.evaluate(WATCH_KEYS)
      await page.keyboard.type(TYPED, { delay: 30 })
      await page.waitForTimeout(500)
      const slow = (await page.evaluate('window.__keys')) as number[]
      slowest.push(Math.max(0, ...slow))
      over50.push(slow.filter((d) => d > 50).length)
      await page.close()
    }
    console.log(`Visual editor, ${BLOCKS} blocks, ${RUNS} runs (medians)`)
    console.log(`open the Message step to the last block on screen  ${median(opens)} ms`)
    console.log(`slowest keystroke of ${TYPED.length} typed                 ${median(slowest)} ms`)
    console.log(`keystrokes slower than 50 ms                       ${median(over50)}`)
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
