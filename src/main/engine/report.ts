/**
 * A campaign's report: every recipient with its state, tries, the last SMTP reply, when it was
 * sent and its data columns, as CSV that Excel opens as it is (UTF-8 with a BOM, CRLF). The data
 * came from someone else's file, so no cell may start a formula (CSV injection).
 */
import { stringify } from 'csv-stringify/sync'
import type { CampaignRow } from './db/campaigns'
import type { Db } from './db/open'
import { selectReportPage, type ReportRow } from './db/report'
import { REPORT_WORDS, type ReportLanguage } from './reportWords'
import { yieldToEventLoop } from './yieldToEventLoop'

/** The English column names (tests and the log file's readers know the report by them). */
export const REPORT_COLUMNS = REPORT_WORDS.en.columns

/** Rows written between two turns of the event loop: sending goes on while a report is made. */
const ROWS_PER_TURN = 5000

export async function campaignReport(
  db: Db,
  campaign: CampaignRow,
  delimiter: ',' | ';' = ',',
  language: ReportLanguage = 'en',
): Promise<{ filename: string; csv: string }> {
  const words = REPORT_WORDS[language]
  const variables = JSON.parse(campaign.variables) as string[]
  const options = {
    delimiter,
    record_delimiter: 'windows',
    // csv-stringify quotes a cell holding the record delimiter (CRLF here), not a lone LF or
    // CR, which Excel would still take for the end of the row.
    quoted_match: /[\r\n]/,
  } as const
  const parts = [
    stringify([[...words.columns, ...variables].map(safeCell)], { ...options, bom: true }),
  ]
  let afterId = 0
  let page = selectReportPage(db, { campaignId: campaign.id, afterId, limit: ROWS_PER_TURN })
  while (page.length > 0) {
    const records = page.map((row) => reportRecord(row, variables, words.states))
    parts.push(stringify(records, options))
    afterId = page.at(-1)!.id
    await yieldToEventLoop()
    page = selectReportPage(db, { campaignId: campaign.id, afterId, limit: ROWS_PER_TURN })
  }
  return { filename: reportFilename(campaign.name), csv: parts.join('') }
}

function reportRecord(
  row: ReportRow,
  variables: readonly string[],
  states: Record<string, string>,
): string[] {
  const data = JSON.parse(row.data) as Record<string, unknown>
  return [
    row.email,
    row.state === null ? '' : states[row.state], // a draft's recipients have no delivery yet
    row.attempts ?? '',
    row.last_code ?? '',
    row.last_enhanced ?? '',
    row.last_response ?? '',
    row.sent_at === null ? '' : new Date(row.sent_at).toISOString(),
    ...variables.map((name) => data[name]),
  ].map(safeCell)
}

/**
 * A cell as text that a spreadsheet shows and never runs: one starting with `=`, `+`, `-`, `@`
 * (or a tab or carriage return, which some of them skip before looking) gets a leading
 * apostrophe, as OWASP advises for CSV injection.
 */
export function safeCell(value: unknown): string {
  const text =
    value === undefined || value === null
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value)
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** The campaign's name as a file name any system accepts, plus `-report.csv`. */
export function reportFilename(name: string): string {
  let base = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]/gu, '_') // controls, and what Windows forbids
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '') // no hidden file, no trailing dot Windows would drop
  const chars = Array.from(base)
  while (Buffer.byteLength(chars.join('')) > MAX_NAME_BYTES) chars.pop()
  base = chars.join('').trimEnd()
  return `${base || 'campaign'}-report.csv`
}

/** File systems allow 255 bytes; the suffix and a "(2)" the browser may add fit in the rest. */
const MAX_NAME_BYTES = 200
