/** Every main screen of a showcase-seeded window, and how to get there the way a user does. */
import type { Page } from 'playwright-core'
import type { Showcase } from './showcase'

export interface MainScreen {
  name: string
  open(page: Page, ids: Showcase): Promise<void>
  /** The screen's main button or control, by test id, for the keyboard checks. */
  primary?: string
}

const nav = async (page: Page, screen: string, ready: string) => {
  await page.getByTestId(`nav-${screen}`).click()
  await page.locator(ready).first().waitFor()
}

const draftStep = (step: string, ready: string) => async (page: Page, ids: Showcase) => {
  await nav(page, 'campaigns', `[data-testid=campaign-row-${ids.draft}]`)
  await page.getByTestId(`campaign-row-${ids.draft}`).click()
  await page.getByTestId(`step-${step}`).click()
  await page.locator(ready).first().waitFor()
}

export const MAIN_SCREENS: MainScreen[] = [
  {
    name: 'campaigns',
    open: (page, ids) => nav(page, 'campaigns', `[data-testid=campaign-row-${ids.sent}]`),
    primary: 'campaign-new',
  },
  {
    name: 'campaign',
    async open(page, ids) {
      await nav(page, 'campaigns', `[data-testid=campaign-row-${ids.sent}]`)
      await page.getByTestId(`campaign-row-${ids.sent}`).click()
      await page.getByTestId('activity-chart').waitFor()
      await page.getByTestId('failed-row').first().waitFor()
    },
    primary: 'export-report',
  },
  {
    name: 'recipients',
    open: draftStep('recipients', '[data-testid=recipient-count]'),
    primary: 'start',
  },
  { name: 'editor', open: draftStep('message', '[data-testid=html-editor]'), primary: 'start' },
  {
    name: 'visual editor',
    async open(page, ids) {
      await nav(page, 'campaigns', `[data-testid=campaign-row-${ids.visual.en}]`)
      await page.getByTestId(`campaign-row-${ids.visual.en}`).click()
      await page.getByTestId('step-message').click()
      await page.locator('[data-block-type=image] img').first().waitFor()
    },
    primary: 'start',
  },
  { name: 'sending', open: draftStep('sending', '[data-testid=setting-delay]'), primary: 'start' },
  {
    name: 'preview',
    open: draftStep('preview', '[data-testid=preview-frame]'),
    primary: 'test-send-to', // the send button waits for an address
  },
  {
    name: 'inbox',
    async open(page) {
      await nav(page, 'inbox', 'main')
      // The test inbox keeps the message that was open; open one the first time round.
      if (!(await page.getByTestId('inbox-message-frame').isVisible())) {
        await page.locator('[data-testid^=inbox-row-]').first().click()
      }
      await page.getByTestId('inbox-message-frame').waitFor()
    },
    primary: 'inbox-back',
  },
  {
    name: 'accounts',
    open: (page) => nav(page, 'accounts', '[data-testid=account-add]'),
    primary: 'account-add',
  },
  {
    name: 'suppressions',
    open: (page) => nav(page, 'suppressions', '[data-testid^=suppression-row]'),
    primary: 'suppression-open-add',
  },
  { name: 'queue', open: (page) => nav(page, 'queue', '[data-testid=queue-in-flight]') },
  { name: 'log', open: (page) => nav(page, 'log', '[data-testid=log-row]'), primary: 'log-level' },
  {
    name: 'settings',
    open: (page) => nav(page, 'settings', '[data-testid=settings-desktop]'),
    primary: 'settings-theme',
  },
  { name: 'about', open: (page) => nav(page, 'about', '[data-testid=about-version]') },
]
