/** What the import preview tells a Russian user about a file: columns it cannot use, rows left out. */
import { MantineProvider } from '@mantine/core'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { initI18n } from '@renderer/i18n'
import type { FilePreview } from './importSource'
import { ImportPreview } from './ImportPreview'

const preview: FilePreview = {
  encoding: 'windows-1251',
  encodingDetected: 'windows-1251',
  delimiter: ';',
  headers: ['email', 'Город'],
  emailColumn: 'email',
  ignoredColumns: ['__proto__'],
  timeZones: null,
  count: 1,
  sample: [{ line: 2, email: 'anna@example.ru', data: { Город: 'Казань' } }],
  rejected: [
    {
      line: 3,
      reason: '4 columns instead of 3; beyond the last column: "Торжок"',
      kind: 'extra',
      params: { found: 4, expected: 3, extra: '"Торжок"' },
    },
  ],
}

describe('the import preview', () => {
  it('says which columns are not used and shows the values beyond the last column', async () => {
    const i18n = await initI18n('ru')
    await i18n.changeLanguage('ru')
    render(<ImportPreview preview={preview} editable onChange={() => {}} />, {
      wrapper: MantineProvider,
    })
    expect(screen.getByTestId('import-ignored-columns').textContent).toBe(
      'Столбец “__proto__” не используется: это имя зарезервировано. Переименуйте столбец в файле, чтобы использовать его в письме.',
    )
    expect(screen.getByTestId('import-rejected').textContent).toContain(
      'столбцов 4 вместо 3; за последним столбцом: "Торжок"',
    )
  })
})
