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

  it('says how many recipients carry a time zone it understands, in Russian and English', async () => {
    const zoned = {
      ...preview,
      timeZones: { column: 'часовой пояс', known: 8, unknown: 4, examples: ['Луна', 'GMT+25'] },
    }
    const i18n = await initI18n('ru')
    await i18n.changeLanguage('ru')
    const { unmount } = render(<ImportPreview preview={zoned} editable onChange={() => {}} />, {
      wrapper: MantineProvider,
    })
    expect(screen.getByTestId('import-time-zones').textContent).toBe(
      'Часовые пояса из столбца «часовой пояс»: понятный Outbox пояс указан у 8 из 12 получателей. ' +
        'У остальных 4 пояс не указан или не распознан (например, “Луна”, “GMT+25”): при отправке по времени получателя им письма уйдут по часовому поясу рассылки.',
    )
    unmount()
    await i18n.changeLanguage('en')
    render(
      <ImportPreview
        preview={{ ...zoned, timeZones: { ...zoned.timeZones, unknown: 0, examples: [] } }}
        editable
        onChange={() => {}}
      />,
      { wrapper: MantineProvider },
    )
    expect(screen.getByTestId('import-time-zones').textContent).toBe(
      'Time zones from the column “часовой пояс”: 8 of 8 recipients have a zone Outbox understands.',
    )
  })

  it('says nothing of time zones when the file has no zone column', async () => {
    await initI18n('en')
    render(<ImportPreview preview={preview} editable onChange={() => {}} />, {
      wrapper: MantineProvider,
    })
    expect(screen.queryByTestId('import-time-zones')).toBeNull()
  })
})
