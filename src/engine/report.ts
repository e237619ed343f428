/**
 * A campaign's report: every recipient with its state, tries, the last SMTP reply, when it was
 * sent, the account that sent it, what came back in the mailbox (bounce and its status, reply,
 * auto-reply, unsubscribe) and its data columns, as CSV that Excel opens as it is (UTF-8
 * with a BOM, CRLF). The data came from someone else's file, so no cell may start a formula
 * (CSV injection).
 */
import { stringify } from 'csv-stringify/sync'
import type { CampaignRow } from './db/campaigns'
import type { Db } from './db/open'
import { selectReportPage, type ReportRow } from './db/report'
import type { Language } from '@shared/contract'
import { REPORT_WORDS } from './reportWords'
import { safeFileName } from '@shared/fileName'
import { yieldToEventLoop } from './yieldToEventLoop'

/** The English column names (tests and the log file's readers know the report by them). */
export const REPORT_COLUMNS = REPORT_WORDS.en.columns

/** Rows written between two turns of the event loop: sending goes on while a report is made. */
const ROWS_PER_TURN = 5000

export async function campaignReport(
  db: Db,
  campaign: CampaignRow,
  delimiter: ',' | ';' = ',',
  language: Language = 'en',
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
    const records = page.map((row) => reportRecord(row, variables, words))
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
  words: (typeof REPORT_WORDS)[Language],
): string[] {
  const data = JSON.parse(row.data) as Record<string, unknown>
  return [
    row.email,
    row.state === null ? '' : words.states[row.state], // a draft's recipients have no delivery yet
    row.attempts ?? '',
    row.last_code ?? '',
    row.last_enhanced ?? '',
    row.last_response ?? '',
    utc(row.sent_at),
    row.account_name ?? '',
    row.bounce === null ? '' : words.bounces[row.bounce],
    row.bounce_status ?? '',
    utc(row.replied_at),
    utc(row.auto_replied_at),
    utc(row.unsubscribed_at),
    ...variables.map((name) => data[name]),
  ].map(safeCell)
}

function utc(at: number | null): string {
  return at === null ? '' : new Date(at).toISOString()
}

/**
 * Whitespace a spreadsheet may skip before it looks for a formula (tab, CR, LF, spaces, the
 * no-break and ideographic spaces), then `=`, `+`, `-`, `@` or their full-width forms, which
 * Excel on CJK and some Russian layouts reads as the ASCII ones.
 */
const STARTS_A_FORMULA = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/

/**
 * A cell as text that a spreadsheet shows and never runs: one that could start a formula gets a
 * leading apostrophe, as OWASP advises for CSV injection.
 */
export function safeCell(value: unknown): string {
  const text =
    value === undefined || value === null
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value)
  return STARTS_A_FORMULA.test(text) || /^[\t\r\n]/.test(text) ? `'${text}` : text
}

/** The campaign's name as a file name any system accepts, plus `-report.csv`. */
export function reportFilename(name: string): string {
  // Slashes are part of a campaign's name, not a path: made '_' before the name is cleaned.
  return `${safeFileName(name.replace(/[/\\]/g, '_'), 'campaign', MAX_NAME_BYTES)}-report.csv`
}

/** File systems allow 255 bytes; the suffix and a "(2)" the browser may add fit in the rest. */
const MAX_NAME_BYTES = 200
