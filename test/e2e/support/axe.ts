/** axe-core in the page under test: WCAG 2 A/AA and best-practice rules, violations as lines. */
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { eventually } from './session'

/** Evaluated, not added as a <script>: the app's CSP (rightly) refuses inline scripts. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
/** WCAG 2.0–2.2 levels A and AA, and axe's best practices (heading order, landmarks, …). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[]; any: { message: string }[] }[]
}

/**
 * One line per failing element: "rule (impact) target: help — what was found" (for colour
 * contrast, the colours and the ratio). Empty when the page passes.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await animationsSettled(page)
  if (!(await page.evaluate("'axe' in window"))) await page.evaluate(AXE_SOURCE)
  const options = {
    runOnly: { type: 'tag', values: TAGS },
    // Emails shown in sandboxed frames are the user's content, and run no scripts for axe.
    iframes: false,
  }
  // A string, not a function: this file is compiled without the DOM's types.
  const violations = (await page.evaluate(
    `axe.run(document, ${JSON.stringify(options)}).then((r) => r.violations)`,
  )) as AxeViolation[]
  return violations.flatMap((v) =>
    v.nodes.map((n) => {
      const found = n.any[0]?.message
      return `${v.id} (${v.impact}) ${JSON.stringify(n.target)}: ${v.help}${found ? ` — ${found}` : ''}`
    }),
  )
}

/** Colours measured half-way through a fade are wrong: wait for finite animations to end. */
async function animationsSettled(page: Page): Promise<void> {
  // Polled with evaluate: the CSP (rightly) refuses waitForFunction's eval.
  const running = `document.getAnimations().filter(
    (a) => a.effect?.getTiming().iterations !== Infinity).length`
  await eventually(() => page.evaluate<number>(running)).toBe(0)
}
