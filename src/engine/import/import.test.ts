/** Recipient files made byte by byte: encodings, delimiters, quotes, broken rows. */
import { describe, expect, it } from 'vitest'
import { decode, detectEncoding } from '@shared/textEncoding'
import { ImportError, parseRecipients } from './parseRecipients'
import { cp1251 } from '@test/support/cp1251'
import { eventLoopTurnsDuring } from '@test/support/eventLoopTurns'
import { utf16 } from '@test/support/utf16'

const utf8 = (text: string) => new TextEncoder().encode(text)
const withBom = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes])
const read = (bytes: Uint8Array) => decode(bytes, detectEncoding(bytes))

describe('addresses in a file', () => {
  it("follows the contract's rule: dot-atoms only, IDN domains in ASCII, one address in either spelling", async () => {
    const file = await parseRecipients(
      'email\na..b@example.com\n.a@example.com\nann@b\nann@пример.рф\nANN@xn--e1afmkfd.xn--p1ai\n',
    )
    expect(file.recipients).toEqual([{ line: 5, email: 'ann@xn--e1afmkfd.xn--p1ai', data: {} }])
    expect(file.rejected.map((r) => [r.line, r.kind])).toEqual([
      [2, 'invalid'],
      [3, 'invalid'],
      [4, 'invalid'],
      [6, 'duplicate'],
    ])
  })
})

describe('encodings', () => {
  it('reads UTF-8 with a BOM, and the first header does not carry it', async () => {
    const bytes = withBom(utf8('email,name\r\nann@example.com,Аня\r\n'))
    expect(detectEncoding(bytes)).toBe('utf-8')
    const file = await parseRecipients(read(bytes))
    expect(file.headers).toEqual(['email', 'name'])
    expect(file.recipients).toEqual([{ line: 2, email: 'ann@example.com', data: { name: 'Аня' } }])
  })

  it.each([
    ['little-endian with a BOM (Excel\'s "Unicode text")', 'le', true, 'utf-16le'],
    ['big-endian with a BOM', 'be', true, 'utf-16be'],
    ['little-endian without a BOM', 'le', false, 'utf-16le'],
  ] as const)('reads UTF-16 %s', async (_, order, bom, encoding) => {
    const bytes = utf16('Email\tИмя\r\nann@example.com\tАня\r\nezh@example.com\tЁж\r\n', order, bom)
    expect(detectEncoding(bytes)).toBe(encoding)
    const file = await parseRecipients(read(bytes))
    expect(file.delimiter).toBe('\t')
    expect(file.headers).toEqual(['Email', 'Имя'])
    expect(file.recipients.map((r) => [r.email, r.data['Имя']])).toEqual([
      ['ann@example.com', 'Аня'],
      ['ezh@example.com', 'Ёж'],
    ])
  })

  it('reads UTF-8 without a BOM', async () => {
    const bytes = utf8('email\nёж@example.com\n')
    expect(detectEncoding(bytes)).toBe('utf-8')
  })

  it('reads Windows-1251 with semicolons, quoted delimiters and line breaks inside quotes', async () => {
    const bytes = cp1251(
      'Email;Имя;Город\r\n' +
        'ivan@example.ru;"Иван; младший";"Москва\r\nцентр"\r\n' +
        'petr@example.ru;Пётр;Тверь\r\n',
    )
    expect(detectEncoding(bytes)).toBe('windows-1251')
    const file = await parseRecipients(read(bytes))
    expect(file.delimiter).toBe(';')
    expect(file.emailColumn).toBe('Email')
    expect(file.recipients).toEqual([
      {
        line: 2,
        email: 'ivan@example.ru',
        data: { Имя: 'Иван; младший', Город: 'Москва\r\nцентр' },
      },
      { line: 4, email: 'petr@example.ru', data: { Имя: 'Пётр', Город: 'Тверь' } },
    ])
  })

  it('honours an override when the guess is wrong', async () => {
    const bytes = cp1251('email;name\r\na@example.ru;Ёлка\r\n')
    expect(decode(bytes, 'windows-1251')).toContain('Ёлка')
    expect(decode(bytes, 'utf-8')).not.toContain('Ёлка')
  })
})

describe('rows', () => {
  it('reports every unusable row with the line it starts on and why', async () => {
    const text = [
      'name\temail\tcity',
      'Ann\tann@example.com\tRiga',
      'Bob\tnot-an-address\tOslo',
      'Cid\t\tRome',
      'Dee\tdee@example.com',
      'Ann again\tANN@example.com\tRiga',
      '',
      'Eve\teve@example.com\tBern',
      'Gone\tgone@example.com\tKyiv',
    ].join('\n')
    const file = await parseRecipients(text, {
      suppressed: (email) => (email === 'gone@example.com' ? 'mailbox does not exist' : null),
    })
    expect(file.delimiter).toBe('\t')
    expect(file.recipients.map((r) => [r.line, r.email])).toEqual([
      [2, 'ann@example.com'],
      [8, 'eve@example.com'],
    ])
    expect(file.rejected).toEqual([
      {
        line: 3,
        reason: '"not-an-address" is not a valid email address',
        kind: 'invalid',
        params: { value: 'not-an-address' },
      },
      { line: 4, reason: 'No email address', kind: 'missing', params: {} },
      {
        line: 5,
        reason: '2 columns instead of 3',
        kind: 'columns',
        params: { found: 2, expected: 3 },
      },
      { line: 6, reason: 'Duplicate of line 2', kind: 'duplicate', params: { first: 2 } },
      {
        line: 9,
        reason: 'Suppressed: mailbox does not exist',
        kind: 'suppressed',
        params: { why: 'mailbox does not exist' },
      },
    ])
  })

  it('finds the email column by its header in Russian, or by what it holds', async () => {
    expect((await parseRecipients('Имя,Почта\nАня,a@example.com\n')).emailColumn).toBe('Почта')
    expect(
      (await parseRecipients('who,contact\nAnn,a@example.com\nBob,b@example.com\n')).emailColumn,
    ).toBe('contact')
    expect(
      (await parseRecipients('a,b\nx,y@example.com\n', { emailColumn: 'b' })).recipients,
    ).toHaveLength(1)
  })

  it('says clearly what is wrong with a file it cannot use', async () => {
    await expect(parseRecipients('')).rejects.toThrow(ImportError)
    await expect(parseRecipients('email,email\na@example.com,b@example.com\n')).rejects.toThrow(
      /same name/,
    )
    await expect(parseRecipients('a,b\nx,y\n')).rejects.toThrow(/choose the email column/)
    await expect(parseRecipients('a,b\nx,y@example.com\n', { emailColumn: 'c' })).rejects.toThrow(
      /no column "c"/,
    )
    await expect(parseRecipients('email\n"a@example.com\n')).rejects.toThrow(
      /could not be read as CSV/,
    )
  })

  it('reads 100,000 generated rows', async () => {
    const lines = ['email;name;code']
    for (let i = 0; i < 100_000; i++) lines.push(`user${i}@example.com;Имя ${i};${i}`)
    const file = await parseRecipients(lines.join('\r\n'))
    expect(file.recipients).toHaveLength(100_000)
    expect(file.recipients[99_999]).toEqual({
      line: 100_001,
      email: 'user99999@example.com',
      data: { name: 'Имя 99999', code: '99999' },
    })
    expect(file.rejected).toEqual([])
  })
})

describe('display names', () => {
  it('reads "Name <address>" as the address, and the name as {{name}} for every row', async () => {
    const file = await parseRecipients(
      'email\n"Пётр Иванов <petr@example.com>"\nann@example.com\n"Bob <not an address>"\n',
    )
    expect(file.headers).toEqual(['email', 'name'])
    expect(file.recipients).toEqual([
      { line: 2, email: 'petr@example.com', data: { name: 'Пётр Иванов' } },
      { line: 3, email: 'ann@example.com', data: { name: '' } },
    ])
    expect(file.rejected).toMatchObject([{ line: 4, kind: 'invalid' }])
  })

  it('keeps the file’s own name column', async () => {
    const file = await parseRecipients('email;name\nАня <a@example.com>;Анна\n')
    expect(file.recipients).toEqual([{ line: 2, email: 'a@example.com', data: { name: 'Анна' } }])
  })
})

describe('a large file does not hold the thread', () => {
  const generated = (rows: number) => {
    const lines = ['email;name;note']
    for (let i = 0; i < rows; i++)
      lines.push(`user${i}@example.com;Имя ${i};"строка ${i}\r\nещё; одна"`)
    return lines.join('\r\n')
  }

  it('gives the event loop turns while it parses and checks 100,000 rows', async () => {
    const [file, turns] = await eventLoopTurnsDuring(() => parseRecipients(generated(100_000)))
    expect(file.recipients).toHaveLength(100_000)
    // Other work (sends, progress, commands) ran in between, many times: not once at the end.
    expect(turns).toBeGreaterThan(50)
  })

  it('reads the same rows and lines whatever the slices cut (quotes, CRLF, Cyrillic)', async () => {
    const text = generated(300)
    const whole = await parseRecipients(text, { sliceBytes: 1 << 30 })
    for (const sliceBytes of [1, 3, 7, 1000]) {
      expect(await parseRecipients(text, { sliceBytes })).toEqual(whole)
    }
    expect(whole.recipients[299]).toEqual({
      line: 2 + 299 * 2,
      email: 'user299@example.com',
      data: { name: 'Имя 299', note: 'строка 299\r\nещё; одна' },
    })
  })
})
