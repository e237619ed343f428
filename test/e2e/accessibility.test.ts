/**
 * Issue 6 item 9, checked in Chromium on a realistically seeded browser host at the smallest
 * supported window (1024×700): every main screen passes axe-core's WCAG 2 A/AA and best-practice
 * rules in both languages (and once in the dark theme), never scrolls sideways, and its main
 * actions are reachable from the keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { startSmtpSink } from '../support/smtpSink'
import { hostApi } from './support/api'
import { axeViolations } from './support/axe'
import { showAsDesktopApp } from './support/desktopApp'
import { MAIN_SCREENS } from './support/screens'
import { eventually, useAppSession } from './support/session'
import { seedShowcase, showcaseSink, type Showcase } from './support/showcase'

const app = useAppSession({ viewport: { width: 1024, height: 700 }, scope: 'all' })
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let ids: Showcase

beforeAll(async () => {
  sink = await startSmtpSink(showcaseSink)
  ids = await seedShowcase(hostApi(app.host), sink.port)
  // Settings as the desktop app shows it: its "Desktop app" section is checked too.
  await showAsDesktopApp(app.page)
}, 120_000)
afterAll(async () => {
  // The engine keeps its SMTP connections open; stop it first, or the server waits for them.
  await app.host.stop()
  await sink.close()
})

async function openWindow(language: 'en' | 'ru', theme: 'light' | 'dark'): Promise<Page> {
  await hostApi(app.host)('settings.update', { language, theme })
  await app.page.goto('about:blank') // the same address with a new #token would not reload
  await app.page.goto(app.host.url)
  await eventually(() => app.page.locator('html').getAttribute('lang')).toBe(language)
  const scheme = () => app.page.locator('html').getAttribute('data-mantine-color-scheme')
  await eventually(scheme).toBe(theme)
  return app.page
}

// Page scripts are strings: the tests are compiled without the DOM's types.
const sideways = (page: Page) =>
  page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  )
const focusInHeading = (page: Page) =>
  page.evaluate<boolean>("document.activeElement?.closest('main h1, main h2') != null")
const focusInDialog = (page: Page) =>
  page.evaluate<boolean>("document.activeElement?.closest('[role=dialog]') != null")
const focusIn = (page: Page, testId: string) =>
  page.evaluate<boolean>(`document.activeElement?.closest('[data-testid="${testId}"]') != null`)

describe.each([
  { language: 'en', theme: 'light' },
  { language: 'ru', theme: 'light' },
  { language: 'en', theme: 'dark' },
] as const)('every main screen in $language, $theme theme, at 1024×700', ({ language, theme }) => {
  it('passes axe-core (WCAG 2 A/AA, best practices) and never scrolls sideways', async () => {
    const page = await openWindow(language, theme)
    const found: string[] = []
    for (const screen of MAIN_SCREENS) {
      await screen.open(page, ids)
      found.push(...(await axeViolations(page)).map((line) => `${screen.name}: ${line}`))
      if ((await sideways(page)) > 0) found.push(`${screen.name}: scrolls sideways`)
    }
    expect(found).toEqual([])
    expect(app.problems).toEqual([])
  }, 120_000)
})

describe('the keyboard', () => {
  it('reaches the navigation and each screen’s main action by Tab from the top', async () => {
    const page = await openWindow('en', 'light')
    for (const screen of MAIN_SCREENS.filter((s) => s.primary)) {
      await screen.open(page, ids)
      const reached = await tabUntil(page, [`nav-${navOf(screen.name)}`, screen.primary!])
      expect(reached, screen.name).toEqual([true, true])
    }
  }, 120_000)

  it('offers a skip link as the first Tab stop, which moves to the screen’s heading', async () => {
    const page = await openWindow('ru', 'light')
    await MAIN_SCREENS.find((s) => s.name === 'log')!.open(page, ids)
    await fromTheTop(page)
    await page.keyboard.press('Tab')
    expect(await focusIn(page, 'skip-to-content')).toBe(true)
    expect(await page.getByTestId('skip-to-content').isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    expect(await focusInHeading(page)).toBe(true)
  })

  it('switches screens with Ctrl+1…8 and moves the focus to the new screen’s heading', async () => {
    const page = await openWindow('en', 'light')
    await page.getByTestId('nav-about').click() // so that Ctrl+1 changes the screen too
    const screens = ['campaigns', 'inbox', 'accounts', 'suppressions', 'queue', 'log', 'settings']
    for (const [i, screen] of [...screens, 'about'].entries()) {
      await page.keyboard.press(`Control+${i + 1}`)
      await eventually(() => page.getByTestId(`nav-${screen}`).getAttribute('aria-current')).toBe(
        'page',
      )
      await expect
        .poll(() => focusInHeading(page), { message: `focus on ${screen}’s heading` })
        .toBe(true)
    }
  })
})

describe('dialogs, opened and closed from the keyboard', () => {
  const DIALOGS = [
    { screen: 'accounts', opener: 'account-add' },
    { screen: 'suppressions', opener: 'suppression-open-add' },
    { screen: 'editor', opener: 'start' },
    { screen: 'editor', opener: 'schedule' },
  ]
  it.each(DIALOGS)('$opener: passes axe, and Escape gives the focus back', async (dialog) => {
    const page = await openWindow('ru', 'light')
    await MAIN_SCREENS.find((s) => s.name === dialog.screen)!.open(page, ids)
    await page.getByTestId(dialog.opener).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('dialog').waitFor()
    // The focus moves in once the dialog's opening transition has run: a moment after it shows.
    await eventually(() => focusInDialog(page)).toBe(true)
    // Its colours are only its own once it is fully opaque (a fading button fails contrast).
    await eventually(() =>
      page.evaluate<string>("getComputedStyle(document.querySelector('[role=dialog]')).opacity"),
    ).toBe('1')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await eventually(() => page.getByRole('dialog').count()).toBe(0)
    await eventually(() => focusIn(page, dialog.opener)).toBe(true)
  })
})

/** The navigation entry that is current on a screen (the editor lives under Campaigns). */
function navOf(screen: string): string {
  return ['campaign', 'recipients', 'editor', 'visual editor', 'sending', 'preview'].includes(
    screen,
  )
    ? 'campaigns'
    : screen
}

/** As after a page load: the focus, and so the next Tab, starts from the document's start. */
async function fromTheTop(page: Page): Promise<void> {
  await page.evaluate('document.body.tabIndex = -1; document.body.focus()')
  await page.evaluate("document.body.removeAttribute('tabindex')")
}

/** Presses Tab from the top of the page; which of the test ids got the focus on the way. */
async function tabUntil(page: Page, testIds: string[], maxPresses = 80): Promise<boolean[]> {
  await fromTheTop(page)
  const reached = testIds.map(() => false)
  for (let i = 0; i < maxPresses && reached.includes(false); i++) {
    await page.keyboard.press('Tab')
    for (const [j, id] of testIds.entries()) reached[j] ||= await focusIn(page, id)
  }
  return reached
}
