/**
 * A new user with no mail account of their own, in Chromium through the browser host:
 * imports a Windows-1251 semicolon CSV, writes a campaign with an image and {{name}},
 * previews it, sends a test, runs it against the built-in test inbox and reads what arrived.
 * Set E2E_SCREENSHOTS to a folder to keep a screenshot of each step.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cp1251 } from '../support/cp1251'
import { solidPng } from '../support/png'
import { eventually, useAppSession } from './support/session'

const app = useAppSession({ viewport: { width: 1280, height: 860 } })

async function shot(name: string): Promise<void> {
  const folder = process.env.E2E_SCREENSHOTS
  if (!folder) return
  mkdirSync(folder, { recursive: true })
  await app.page.screenshot({ path: join(folder, `${name}.png`), fullPage: true })
}

const CSV = cp1251(
  'email;name;city\r\n' +
    'anna@example.com;Анна;"Москва; центр"\r\n' +
    'boris@example.com;Борис;Казань\r\n' +
    'not-an-address;Вера;Сочи\r\n' +
    'ANNA@example.com;Анна Повтор;Тула\r\n',
)

describe('a new user’s first campaign', () => {
  it('goes from a CSV to messages in the test inbox without a mail account', async () => {
    const { page } = app
    await page.goto(app.host.url)
    await page.getByText('Русский').click()
    await eventually(() => page.getByTestId('campaigns-empty').isVisible()).toBe(true)
    await shot('01-empty')

    // Recipients: the file is read as Windows-1251 with semicolons; bad and repeated rows are listed.
    await page.getByTestId('campaign-new').click()
    // The letter is written as HTML here; the visual starters have their own test.
    await page.getByTestId('new-html').click()
    await page
      .getByTestId('recipients-file')
      .setInputFiles({ name: 'клиенты.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) })
    await eventually(() => page.getByTestId('recipients-file-name').textContent()).toContain(
      'клиенты.csv',
    )
    const preview = page.getByTestId('import-preview')
    await eventually(() => preview.isVisible()).toBe(true)
    expect(await page.getByTestId('import-encoding').inputValue()).toContain('Windows-1251')
    expect(await page.getByTestId('import-sample').textContent()).toContain('Москва; центр')
    // Every left-out row, with its line and the reason in the user's language.
    const rejected = await page.getByTestId('import-rejected').textContent()
    expect(rejected).toContain('Строка 4: «not-an-address» — не адрес электронной почты')
    expect(rejected).toContain('Строка 5: тот же адрес, что в строке 2')
    await shot('02-import')
    await page.getByTestId('import-use').click()
    await eventually(() => page.getByTestId('recipient-count').textContent()).toBe('2 получателя')

    // The message: a subject and body with {{name}}, and an image dropped in from disk.
    await page.getByTestId('recipients-next').click()
    await page.getByTestId('campaign-subject').fill('Привет, {{name}}')
    await page.locator('[data-testid=html-editor] .cm-content').click()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.insertText(
      '<h1>Привет, {{name}}!</h1>\n<p>Ждём вас в городе {{city}}.</p>\n',
    )
    await page.getByTestId('image-file').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: solidPng(4, 4, [200, 30, 30]),
    })
    await eventually(() => page.getByTestId('image-logo').isVisible()).toBe(true)
    await eventually(() => page.getByTestId('save-state').getAttribute('data-state')).toBe('saved')
    await shot('03-message')

    // Preview: Anna's message, with the image inlined, in a sandboxed frame.
    await page.getByTestId('step-preview').click()
    await eventually(() => page.getByTestId('preview-subject').textContent()).toBe('Привет, Анна')
    expect(await page.getByTestId('preview-frame').getAttribute('sandbox')).toBe('')
    const frame = page.frameLocator('[data-testid=preview-frame]')
    await eventually(() => frame.locator('h1').textContent()).toBe('Привет, Анна!')
    expect(await frame.locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    await shot('04-preview')

    // A test send, answered by the test inbox's SMTP server.
    await page.getByTestId('test-send-to').fill('me@example.com')
    await page.getByTestId('test-send').click()
    await eventually(() => page.getByTestId('test-send-result').textContent()).toMatch(
      /принял.*250 /,
    )
    await shot('05-test-send')

    // Start: the pre-flight passes (with the unsubscribe warning), then it runs to the end.
    await page.getByTestId('start').click()
    await eventually(() => page.getByTestId('start-confirm').isVisible()).toBe(true)
    expect(await page.getByTestId('warning-unsubscribe').isVisible()).toBe(true)
    // A new user's first campaign goes to the built-in test inbox, and the dialog says so.
    expect(await page.getByTestId('start-account').textContent()).toContain('тестовый ящик')
    await page.getByTestId('start-confirm-button').click()
    await eventually(() => page.getByTestId('count-sent').textContent(), 30_000).toBe('2')
    await eventually(() => page.getByTestId('campaign-status').first().textContent()).toBe(
      'Завершена',
    )
    await shot('06-completed')

    // The test inbox has the test message and both campaign messages; Boris's reads right.
    await page.getByTestId('nav-inbox').click()
    await eventually(() => page.locator('[data-testid^=inbox-row-]').count()).toBe(3)
    await page.locator('[data-testid^=inbox-row-]', { hasText: 'boris@example.com' }).click()
    const message = page.frameLocator('[data-testid=inbox-message-frame]')
    await eventually(() => message.locator('h1').textContent()).toBe('Привет, Борис!')
    expect(await message.locator('p').textContent()).toBe('Ждём вас в городе Казань.')
    expect(await message.locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    await shot('07-inbox')
    expect(app.problems).toEqual([])
  })
})
