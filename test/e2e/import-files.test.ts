/**
 * Files as spreadsheets really save them, in Chromium through the browser host: Excel's
 * "Unicode text" (UTF-16, tabs) with a column whose name is reserved and rows that end in empty
 * fields or carry values beyond the last column. What the Russian user reads in the preview.
 * Set E2E_SCREENSHOTS to a folder to keep a screenshot.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { utf16 } from '../support/utf16'
import { eventually, useAppSession } from './support/session'

const app = useAppSession({ viewport: { width: 1280, height: 900 } })

const UNICODE_TEXT = utf16(
  'Email\tИмя\t__proto__\tГород\r\n' +
    'anna@example.ru\tАнна\tx\tКазань\t\r\n' +
    'boris@пример.рф\tБорис\ty\tСамара\t\t\r\n' +
    'vera@example.ru\tВера\tz\tТверь\tТоржок\r\n' +
    'a..b@example.ru\tГлеб\tw\tОмск\r\n',
  'le',
)

describe('a spreadsheet saved as Unicode text', () => {
  it('is read as UTF-16, with what it could not use said plainly', async () => {
    const { page } = app
    await page.goto(app.host.url)
    await page.getByText('Русский').click()
    await page.getByTestId('campaign-new').click()
    // The letter is written as HTML here; the visual starters have their own test.
    await page.getByTestId('new-html').click()
    await page.getByTestId('recipients-file').setInputFiles({
      name: 'клиенты.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(UNICODE_TEXT),
    })
    const preview = page.getByTestId('import-preview')
    await eventually(() => preview.isVisible()).toBe(true)
    expect(await page.getByTestId('import-encoding').inputValue()).toContain('UTF-16 LE')

    // Rows that end in empty fields are kept; the IDN domain is carried in ASCII.
    const sample = await page.getByTestId('import-sample').textContent()
    expect(sample).toContain('anna@example.ru')
    expect(sample).toContain('Казань')
    expect(sample).toContain('boris@xn--e1afmkfd.xn--p1ai')
    expect(sample).not.toContain('vera@example.ru')

    expect(await page.getByTestId('import-ignored-columns').textContent()).toContain(
      'Столбец “__proto__” не используется',
    )
    const rejected = await page.getByTestId('import-rejected').textContent()
    expect(rejected).toContain('Строка 4: столбцов 5 вместо 4; за последним столбцом: "Торжок"')
    expect(rejected).toContain('Строка 5: «a..b@example.ru» — не адрес электронной почты')

    const folder = process.env.E2E_SCREENSHOTS
    if (folder) {
      mkdirSync(folder, { recursive: true })
      await page.screenshot({ path: join(folder, 'import-unicode-text.png'), fullPage: true })
    }
    expect(app.problems).toEqual([])
  })
})
