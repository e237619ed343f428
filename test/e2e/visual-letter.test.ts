/**
 * A marketer who has never written HTML, in Chromium through the browser host, in English and
 * in Russian: picks a starter, retitles it with the recipient's name as a chip, adds an image
 * and a button, tags the links, previews it at phone width, sends a test and reads the message
 * that arrived in the test inbox.
 */
import { describe, expect, it } from 'vitest'
import { solidPng } from '../support/png'
import { hostApi } from './support/api'
import { eventually, useAppSession } from './support/session'

const app = useAppSession({ viewport: { width: 1280, height: 900 } })

const WORDS = {
  en: { hello: 'Hello, ', name: 'Anna', phone: 'Phone', buy: 'Buy now' },
  ru: { hello: 'Здравствуйте, ', name: 'Анна', phone: 'Телефон', buy: 'Купить' },
} as const

describe('a visual letter, start to inbox', () => {
  for (const language of ['en', 'ru'] as const) {
    it(`is written without HTML and arrives as written (${language})`, async () => {
      const { page } = app
      const words = WORDS[language]
      const call = hostApi(app.host)
      await call('settings.update', { language })
      await page.goto(app.host.url)

      // A starter letter, visual, in the window's language.
      await page.getByTestId('campaign-first').click()
      await page.getByTestId('starter-newsletter').click()
      await page
        .getByTestId('visual-editor')
        .waitFor()
        .catch(() => {})
      const [campaign] = await call('campaigns.list')
      await call('campaigns.setRecipients', {
        id: campaign!.id,
        recipients: [{ email: 'anna@example.com', data: { name: words.name } }],
      })
      await page.getByTestId('step-message').click()
      await page.getByTestId('visual-editor').waitFor()

      // The heading: new words and the recipient's name as a chip.
      const heading = page.locator('[data-block-type=heading]').first()
      await heading.click()
      await heading.locator('[contenteditable=true]').click()
      await page.keyboard.press('ControlOrMeta+a')
      await page.keyboard.type(words.hello)
      await page.getByTestId('insert-variable-chip').click()
      await page.getByRole('menuitem', { name: 'name', exact: true }).click()

      // An image from disk, shown by an image block; a button; tagged links; a way out.
      await page.getByTestId('image-file').setInputFiles({
        name: 'logo.png',
        mimeType: 'image/png',
        buffer: solidPng(4, 4, [200, 30, 30]),
      })
      await eventually(() => page.getByTestId('image-logo').isVisible()).toBe(true)
      await page.getByTestId('add-block').click()
      await page.getByTestId('add-image').click()
      await page.getByTestId('image-cid').last().click()
      await page.getByRole('option', { name: /logo/ }).click()
      // The editor shows the image itself, not a placeholder.
      await eventually(() =>
        page.locator('[data-block-type=image] img').first().getAttribute('src'),
      ).toMatch(/^data:image\/png;base64,/)
      await page.getByTestId('add-block').click()
      await page.getByTestId('add-button').click()
      await page.getByTestId('button-label').last().fill(words.buy)
      await page.getByTestId('button-url').last().fill('https://shop.example/sale')
      await page.getByTestId('link-tagging').click()
      await page.getByTestId('unsubscribe-mailto').fill('leave@example.com')
      await eventually(() => page.getByTestId('save-state').getAttribute('data-state')).toBe(
        'saved',
      )

      // The preview at phone width shows what will be sent.
      await page.getByTestId('step-preview').click()
      await page.getByTestId('preview-width').getByText(words.phone).click()
      const frame = page.frameLocator('[data-testid=preview-frame]')
      await eventually(() => frame.locator('h1').textContent()).toBe(`${words.hello}${words.name}`)
      expect(await page.getByTestId('preview-frame').evaluate((f) => f.clientWidth)).toBeLessThan(
        400,
      )

      // A test send, read back from the test inbox.
      await page.getByTestId('test-send-to').fill('me@example.com')
      await page.getByTestId('test-send').click()
      await eventually(() => page.getByTestId('test-send-result').textContent()).toMatch(/250/)
      await page.getByTestId('nav-inbox').click()
      await page.locator('[data-testid^=inbox-row-]').first().click()
      const message = page.frameLocator('[data-testid=inbox-message-frame]')
      await eventually(() => message.locator('h1').textContent()).toBe(
        `${words.hello}${words.name}`,
      )
      expect(await message.locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/)
      const buy = message.getByText(words.buy)
      expect(await buy.getAttribute('href')).toMatch(
        /^https:\/\/shop\.example\/sale\?utm_source=newsletter&utm_medium=email&utm_campaign=/,
      )
      expect(app.problems).toEqual([])
    }, 90_000)
  }
})
