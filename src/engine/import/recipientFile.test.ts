/** Recipient files through the contract: preview, then a campaign from the same file. */
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { addAccount, openEngine } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'
import { utf16 } from '@test/support/utf16'

const tempDir = useTempDir()
const cleanup = useCleanups()

/** "Email;Имя\r\nanna@example.ru;Анна\r\n…" in Windows-1251, byte by byte. */
function cp1251Base64(text: string): string {
  const bytes = [...text].map((ch) => {
    const code = ch.codePointAt(0)!
    return code < 0x80 ? code : 0xc0 + (code - 0x410)
  })
  return Buffer.from(bytes).toString('base64')
}

function engine() {
  const h = openEngine(tempDir())
  cleanup(() => void h.db.close())
  return h
}

const FILE = cp1251Base64(
  'Email;Имя\r\nanna@example.ru;Анна\r\nbad-address;Борис\r\nvera@example.ru;Вера\r\nANNA@example.ru;Анна\r\n',
)

describe('recipient files through the contract', () => {
  it('previews a Windows-1251 file: what was detected, a sample, every rejected row', async () => {
    const h = engine()
    const preview = await h.call('recipients.parse', { dataBase64: FILE })
    expect(preview).toEqual({
      encoding: 'windows-1251',
      encodingDetected: 'windows-1251',
      delimiter: ';',
      headers: ['Email', 'Имя'],
      emailColumn: 'Email',
      ignoredColumns: [],
      count: 2,
      sample: [
        { line: 2, email: 'anna@example.ru', data: { Имя: 'Анна' } },
        { line: 4, email: 'vera@example.ru', data: { Имя: 'Вера' } },
      ],
      timeZones: null,
      rejected: [
        {
          line: 3,
          reason: '"bad-address" is not a valid email address',
          kind: 'invalid',
          params: { value: 'bad-address' },
        },
        { line: 5, reason: 'Duplicate of line 2', kind: 'duplicate', params: { first: 2 } },
      ],
    })
  })

  it('finds a time-zone column: the preview counts the zones understood, the campaign keeps them', async () => {
    const h = engine()
    const file = Buffer.from(
      'email,name,Time Zone\n' +
        'ann@example.com,Ann,europe/moscow\n' +
        'bob@example.com,Bob,UTC-5\n' +
        'cat@example.com,Cat,Moscow\n' +
        'dan@example.com,Dan,\n',
    ).toString('base64')
    const preview = await h.call('recipients.parse', { dataBase64: file })
    expect(preview).toMatchObject({
      timeZones: { column: 'Time Zone', known: 2, unknown: 2, examples: ['Moscow'] },
    })
    const account = await addAccount(h, 2525)
    const campaign = await h.call<{ recipientZones: unknown }>('campaigns.create', {
      name: 'Zones',
      accountId: account.id,
      subject: 'Hi {{name}}',
      html: '<p>Hi</p>',
      recipientsFile: { dataBase64: file },
    })
    expect(campaign.recipientZones).toEqual({ column: 'Time Zone', known: 2 })
    expect(h.db.prepare('SELECT zone FROM recipients ORDER BY id').pluck().all()).toEqual([
      'Europe/Moscow',
      'UTC-05:00',
      null,
      null,
    ])
  })

  it('keeps rows that end in empty fields, as Excel writes them, and shows extra values', async () => {
    const h = engine()
    // Excel's "CSV (разделители — точки с запятой)" after a cell right of the table was cleared.
    const file = cp1251Base64(
      'Email;Имя;Город\r\n' +
        'anna@example.ru;Анна;Казань;\r\n' +
        'boris@example.ru;Борис;Самара;;;\r\n' +
        'vera@example.ru;Вера;Тверь;Торжок\r\n' +
        'gleb@example.ru;Глеб\r\n',
    )
    const preview = await h.call<{ count: number; sample: unknown[]; rejected: unknown[] }>(
      'recipients.parse',
      { dataBase64: file },
    )
    expect(preview.sample).toEqual([
      { line: 2, email: 'anna@example.ru', data: { Имя: 'Анна', Город: 'Казань' } },
      { line: 3, email: 'boris@example.ru', data: { Имя: 'Борис', Город: 'Самара' } },
    ])
    expect(preview.rejected).toEqual([
      {
        line: 4,
        reason: '4 columns instead of 3; beyond the last column: "Торжок"',
        kind: 'extra',
        params: { found: 4, expected: 3, extra: '"Торжок"' },
      },
      {
        line: 5,
        reason: '2 columns instead of 3',
        kind: 'columns',
        params: { found: 2, expected: 3 },
      },
    ])
  })

  it('reads Excel\'s "Unicode text" (UTF-16 with a BOM, tabs) and says so', async () => {
    const h = engine()
    const bytes = utf16('Email\tИмя\r\nanna@example.ru\tАнна\r\n', 'le')
    const preview = await h.call('recipients.parse', {
      dataBase64: Buffer.from(bytes).toString('base64'),
    })
    expect(preview).toMatchObject({
      encoding: 'utf-16le',
      encodingDetected: 'utf-16le',
      delimiter: '\t',
      emailColumn: 'Email',
      count: 1,
      sample: [{ line: 2, email: 'anna@example.ru', data: { Имя: 'Анна' } }],
      rejected: [],
    })
  })

  it('says a __proto__ column is left out, rather than dropping it without a word', async () => {
    const h = engine()
    const file = Buffer.from('email,__proto__,city\nann@example.com,x,Riga\n').toString('base64')
    const preview = await h.call('recipients.parse', { dataBase64: file })
    expect(preview).toMatchObject({
      headers: ['email', 'city'],
      ignoredColumns: ['__proto__'],
      sample: [{ line: 2, email: 'ann@example.com', data: { city: 'Riga' } }],
    })
  })

  it('creates a campaign from the file, leaving out suppressed addresses', async () => {
    const h = engine()
    h.db
      .prepare(
        "INSERT INTO suppressions (email, reason, created_at) VALUES ('vera@example.ru', 'bounced', 0)",
      )
      .run()
    const account = await addAccount(h, 2525)
    const campaign = await h.call<{ progress: { total: number } }>('campaigns.create', {
      name: 'From a file',
      accountId: account.id,
      subject: 'Здравствуйте, {{Имя}}',
      html: '<p>{{Имя}}</p>',
      recipientsFile: { dataBase64: FILE, encoding: 'auto', delimiter: ';', emailColumn: 'Email' },
    })
    const rows = h.db.prepare('SELECT email, data FROM recipients ORDER BY id').all()
    expect(rows).toEqual([{ email: 'anna@example.ru', data: JSON.stringify({ Имя: 'Анна' }) }])
    expect(campaign.progress.total).toBe(0) // a draft: deliveries are written at start
  })

  it('answers a file it cannot use with a clear error and writes nothing', async () => {
    const h = engine()
    const reply = await h.engine.dispatch('recipients.parse', {
      dataBase64: Buffer.from('name,city\nAnn,Riga\n').toString('base64'),
    })
    expect(reply).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('choose the email column'),
        reason: 'recipients.noEmailColumn',
      },
    })
    const both = await h.engine.dispatch('campaigns.create', {
      name: 'x',
      accountId: 1,
      subject: 's',
      html: 'h',
      recipients: [{ email: 'a@example.com' }],
      recipientsFile: { dataBase64: FILE },
    })
    expect(both).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })
})
