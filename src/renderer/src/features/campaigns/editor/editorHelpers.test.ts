import { csvDelimiterFor } from '@renderer/files'
import { describe, expect, it } from 'vitest'
import { cidFor, imageTag } from './imageCid'
import { pastedAsFile, pastedEntries, rejectedAsCsv } from './importSource'
import { paceSummary } from './pace'

describe('the editor’s helpers', () => {
  it('names an image’s cid after its file, unique within the campaign', () => {
    expect(cidFor('Logo 2.PNG', [])).toBe('logo-2')
    expect(cidFor('logo.png', ['logo', 'logo-2'])).toBe('logo-3')
    expect(cidFor('Привет.jpg', [])).toBe('image')
    expect(cidFor('café.gif', [])).toBe('cafe')
  })

  it('inserts an image tag whose alt text cannot break out of the attribute', () => {
    expect(imageTag('logo', 'a"><script>')).toBe(
      '<img src="cid:logo" alt="a&#34;&#62;&#60;script&#62;" style="max-width:100%;height:auto">',
    )
  })

  it('turns a pasted list into a one-column file the engine checks like any import', () => {
    const file = pastedAsFile(
      ' ann@example.com, bob@example.com;\ncarl@example.com  not-an-address ',
    )
    const text = new TextDecoder().decode(
      Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0)),
    )
    expect(text).toBe('email\nann@example.com\nbob@example.com\ncarl@example.com\nnot-an-address')
    expect(file).toMatchObject({ encoding: 'utf-8', delimiter: ',', emailColumn: 'email' })
  })

  it('keeps "Name <address>" as one entry, quoted for the file', () => {
    expect(
      pastedEntries('Пётр Иванов <petr@example.com>\nann@example.com bob@example.com'),
    ).toEqual(['Пётр Иванов <petr@example.com>', 'ann@example.com', 'bob@example.com'])
    const file = pastedAsFile('Пётр <petr@example.com>')
    const text = new TextDecoder().decode(
      Uint8Array.from(atob(file.dataBase64), (c) => c.charCodeAt(0)),
    )
    expect(text).toBe('email\nПётр <petr@example.com>')
  })

  it('exports rejected rows as CSV with quoted reasons', () => {
    expect(
      rejectedAsCsv(
        [
          { line: 3, reason: 'Not a valid email address' },
          { line: 7, reason: 'Duplicate of line 2, "ann"' },
        ],
        { line: 'Line', reason: 'Reason' },
      ),
    ).toBe(
      '\uFEFFLine,Reason\r\n3,Not a valid email address\r\n7,"Duplicate of line 2, ""ann"""\r\n',
    )
  })

  it('splits the rejected rows on the spreadsheet’s separator, quoting a reason that has it', () => {
    expect(
      rejectedAsCsv(
        [{ line: 3, reason: 'Нет адреса; строка пуста' }],
        { line: 'Строка', reason: 'Причина' },
        ';',
      ),
    ).toBe('\uFEFFСтрока;Причина\r\n3;"Нет адреса; строка пуста"\r\n')
  })

  it('picks the separator Excel uses for the system locale: ";" where the decimal mark is a comma', () => {
    expect(csvDelimiterFor('ru-RU')).toBe(';')
    expect(csvDelimiterFor('de-DE')).toBe(';')
    expect(csvDelimiterFor('en-US')).toBe(',')
    expect(csvDelimiterFor('en-GB')).toBe(',')
  })

  it('says what a pace means: the delay sets the ceiling, connections only without one', () => {
    expect(paceSummary({ delayMs: 2000, concurrency: 8 }, 3000)).toEqual({
      perMinute: 30,
      hours: 100 / 60,
    })
    expect(paceSummary({ delayMs: 0, concurrency: 2 }, 1200).perMinute).toBe(120)
  })
})
