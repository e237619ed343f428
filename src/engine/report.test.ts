/**
 * campaigns.report: the CSV of a real run read back with csv-parse — its columns, the data
 * columns, the BOM, no cell that a spreadsheet would run as a formula, and quoting that keeps
 * commas, quotes and line breaks inside their cell.
 */
import { eventLoopTurnsDuring } from '@test/support/eventLoopTurns'
import { parse } from 'csv-parse/sync'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  openEngine,
  waitForStatus,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { reply, startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { REPORT_COLUMNS, reportFilename, safeCell } from './report'
import { REPORT_WORDS } from './reportWords'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

type Report = { filename: string; csv: string }

const list = [
  { email: 'ann@example.test', data: { name: 'Ann, Jr.', note: 'said "hi"', city: 'Oslo' } },
  { email: 'bob@example.test', data: { name: 'Bob', note: 'line one\nline two', city: null } },
  { email: 'gone@example.test', data: { name: '=HYPERLINK("http://x.test","click")', note: '' } },
  { email: 'eve@example.test', data: { name: '+1', note: '-2', city: '@SUM(A1)', vip: true } },
  { email: 'ivan@example.test', data: { name: 'Иван', note: 'a=b', city: 'Москва', vip: 12.5 } },
]

async function run() {
  const sink = await startSmtpSink({
    rcpt: (to) => (to === 'gone@example.test' ? reply(550, '5.1.1 No such user here') : null),
  })
  cleanup(() => sink.close())
  const clock = new FakeClock(Date.UTC(2030, 0, 1, 9, 0, 30, 250))
  const h = closeAfterTest(cleanup, openEngine(tempDir(), { clock }))
  h.engine.start()
  const account = await addAccount(h, sink.port)
  const campaign = await createCampaign(h, account.id, list)
  await h.call('campaigns.update', { id: campaign.id, name: 'Spring: "news"/2030?' })
  await h.call('campaigns.start', { id: campaign.id })
  await waitForStatus(h, campaign.id, 'completed')
  return { h, id: campaign.id }
}

describe('campaigns.report', () => {
  it('speaks Russian and splits on ";" when asked (Excel where the decimal mark is a comma)', async () => {
    const { h, id } = await run()
    const report = await h.call<Report>('campaigns.report', { id, delimiter: ';', language: 'ru' })
    expect(report.csv.startsWith('\uFEFFEmail;Состояние;Попыток;')).toBe(true)
    const rows = parse(report.csv, { bom: true, delimiter: ';' }) as string[][]
    expect(rows[0]).toEqual([...REPORT_WORDS.ru.columns, 'name', 'note', 'city', 'vip'])
    // States in the user's words; the server's replies and the data stay as they came.
    const states = Object.fromEntries(rows.slice(1).map((r) => [r[0], r[1]]))
    expect(states).toMatchObject({
      'ann@example.test': 'отправлено',
      'gone@example.test': 'не доставлено',
    })
    expect(rows).toHaveLength(list.length + 1)
    const ann = rows.find((r) => r[0] === 'ann@example.test')!
    expect(ann.slice(-4)).toEqual(['Ann, Jr.', 'said "hi"', 'Oslo', ''])
  })

  it('writes every recipient with its outcome and data as Excel-ready CSV', async () => {
    const { h, id } = await run()
    const report = await h.call<Report>('campaigns.report', { id })
    expect(report.filename).toBe('Spring_ _news__2030_-report.csv')
    expect(report.csv.startsWith('\uFEFFEmail,State,')).toBe(true)
    expect(report.csv).toContain('\r\n')
    // Quoted where a cell holds a comma, a quote or a line break, and only there.
    expect(report.csv).toContain(',"Ann, Jr.","said ""hi""",Oslo,')
    expect(report.csv).toContain(',Bob,"line one\nline two",,')

    const rows = parse(report.csv, { bom: true }) as string[][]
    expect(rows[0]).toEqual([...REPORT_COLUMNS, 'name', 'note', 'city', 'vip'])
    expect(rows).toHaveLength(list.length + 1)
    const byEmail = Object.fromEntries(
      rows.slice(1).map((r) => [r[0], Object.fromEntries(rows[0]!.map((c, i) => [c, r[i]]))]),
    )
    expect(byEmail['ann@example.test']).toMatchObject({
      State: 'sent',
      Attempts: '1',
      'SMTP code': '250',
      'Sent at (UTC)': '2030-01-01T09:00:30.250Z',
      name: 'Ann, Jr.',
      note: 'said "hi"',
      city: 'Oslo',
      vip: '',
    })
    expect(byEmail['bob@example.test']).toMatchObject({ note: 'line one\nline two', city: '' })
    expect(byEmail['gone@example.test']).toMatchObject({
      State: 'failed',
      Attempts: '1',
      'SMTP code': '550',
      'Enhanced code': '5.1.1',
      'Sent at (UTC)': '',
      name: `'=HYPERLINK("http://x.test","click")`,
    })
    expect(byEmail['gone@example.test']!['Last response']).toMatch(/No such user here/)
    expect(byEmail['eve@example.test']).toMatchObject({
      name: "'+1",
      note: "'-2",
      city: "'@SUM(A1)",
      vip: 'true',
    })
    expect(byEmail['ivan@example.test']).toMatchObject({
      name: 'Иван',
      note: 'a=b',
      city: 'Москва',
      vip: '12.5',
    })
    // No cell of the file can start a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/)
    // Import order.
    expect(rows.slice(1).map((r) => r[0])).toEqual(list.map((r) => r.email))
  })

  it('lists a draft’s recipients with no outcome yet, and refuses an unknown campaign', async () => {
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    const account = await addAccount(h, 2525)
    const draft = await createCampaign(h, account.id, list.slice(0, 2))
    const rows = parse((await h.call<Report>('campaigns.report', { id: draft.id })).csv, {
      bom: true,
    }) as string[][]
    const noOutcome = REPORT_COLUMNS.map(() => '').slice(1)
    expect(rows.map((r) => r.slice(0, REPORT_COLUMNS.length))).toEqual([
      [...REPORT_COLUMNS],
      ['ann@example.test', ...noOutcome],
      ['bob@example.test', ...noOutcome],
    ])
    expect(await h.engine.dispatch('campaigns.report', { id: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    })
  })
})

describe('report helpers', () => {
  it('keeps a cell from starting a formula', () => {
    for (const [value, cell] of [
      ['=1+1', "'=1+1"],
      ['+7 999', "'+7 999"],
      ['-', "'-"],
      ['@x', "'@x"],
      ['\t=1', "'\t=1"],
      ['\n=1+1', "'\n=1+1"],
      [' =1+1', "' =1+1"],
      ['\u00a0 +1', "'\u00a0 +1"],
      ['＝1+1', "'＝1+1"],
      ['＋7 999', "'＋7 999"],
      ['－1', "'－1"],
      ['＠SUM(A1)', "'＠SUM(A1)"],
      ['a =b', 'a =b'],
      [' plain', ' plain'],
      ['a=b', 'a=b'],
      ["'=1", "'=1"],
      [12, '12'],
      [-3, "'-3"],
      [false, 'false'],
      [null, ''],
      [undefined, ''],
    ] as const) {
      expect(safeCell(value)).toBe(cell)
    }
  })

  it('makes a file name any system accepts from the campaign name', () => {
    expect(reportFilename('Spring news')).toBe('Spring news-report.csv')
    expect(reportFilename('a/b\\c:d*e?f"g<h>i|j')).toBe('a_b_c_d_e_f_g_h_i_j-report.csv')
    expect(reportFilename('  ..hidden. ')).toBe('hidden-report.csv')
    expect(reportFilename('Tab\tand\nnew line')).toBe('Tab_and_new line-report.csv')
    expect(reportFilename('Рассылка весна 2030')).toBe('Рассылка весна 2030-report.csv')
    expect(reportFilename('...')).toBe('campaign-report.csv')
    const long = reportFilename('Ж'.repeat(300))
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255)
    expect(long).toMatch(/^Ж+-report\.csv$/)
  })
})

describe('a long report', () => {
  it('is written a page at a time with the event loop free in between, every row once', async () => {
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    const account = await addAccount(h, 2525)
    const many = Array.from({ length: 12_345 }, (_, i) => ({
      email: `r${i}@example.test`,
      data: { n: String(i) },
    }))
    const draft = await createCampaign(h, account.id, many)
    const [report, turns] = await eventLoopTurnsDuring(() =>
      h.call<Report>('campaigns.report', { id: draft.id }),
    )
    const rows = parse(report.csv, { bom: true }) as string[][]
    expect(rows[0]).toEqual([...REPORT_COLUMNS, 'n'])
    expect(rows.slice(1).map((r) => r[0])).toEqual(many.map((r) => r.email))
    expect(rows.slice(1).map((r) => r.at(-1))).toEqual(many.map((r) => r.data.n))
    // A draft's recipients have no delivery yet: no state, no tries.
    expect(rows[1]!.slice(1, 3)).toEqual(['', ''])
    expect(turns).toBeGreaterThan(1)
  })
})
