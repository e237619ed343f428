/**
 * A recipient file (CSV/TSV) to recipients: delimiter detected among comma, semicolon and tab;
 * quoted fields with delimiters and line breaks inside (csv-parse); the email column chosen or
 * found; every other column a template variable named by its header. Every row that cannot be
 * used is reported with the line it starts on and why.
 */
import { parse } from 'csv-parse/sync'
import addressparser from 'nodemailer/lib/addressparser'
import { EmailAddress } from '@shared/contract'
import { yieldToEventLoop } from '../yieldToEventLoop'
import { readRecords, SLICE_BYTES, type CsvRecord } from './readRecords'
import type { ErrorReason } from '@shared/errors'

export type Delimiter = ',' | ';' | '\t'
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t']

export interface ParsedRecipient {
  line: number
  email: string
  data: Record<string, string>
}

/** Why a row was left out, by name, so the window can say it in the user's language. */
export type RejectKind = 'columns' | 'extra' | 'invalid' | 'missing' | 'duplicate' | 'suppressed'

export interface RejectedRow {
  line: number
  /** The English sentence, for logs and exports made by the engine. */
  reason: string
  kind: RejectKind
  params: Record<string, string | number>
}

export interface ParsedFile {
  delimiter: Delimiter
  headers: string[]
  emailColumn: string
  /** Columns left out of every recipient's data, because their names are reserved. */
  ignoredColumns: string[]
  recipients: ParsedRecipient[]
  rejected: RejectedRow[]
}

/** A file that cannot be read at all; the reason lets the window word it. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly reason: ErrorReason,
  ) {
    super(message)
  }
}

const CR = 0x0d
const LF = 0x0a

/** Line numbers from byte offsets, counted once, front to back (CRLF, LF or CR alike). */
function lineCounter(bytes: Buffer) {
  let position = 0
  let line = 1
  const advanceTo = (target: number) => {
    for (; position < target; position++) {
      const b = bytes[position]
      if (b === LF || (b === CR && bytes[position + 1] !== LF)) line++
    }
  }
  return {
    /** The line of the first character at or after `offset` that is not a line break. */
    startOfRecordAfter(offset: number): number {
      advanceTo(offset)
      while (position < bytes.length && (bytes[position] === CR || bytes[position] === LF)) {
        advanceTo(position + 1)
      }
      return line
    },
  }
}

/**
 * The delimiter that splits the first records into the same number of columns, most of them.
 * Records, not lines: a quoted field may hold line breaks, and a sample cut inside one would
 * not parse with the right delimiter.
 */
export function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: -1 }
  for (const delimiter of DELIMITERS) {
    let rows: string[][]
    try {
      rows = parse(text, {
        delimiter,
        to: 50,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
      })
    } catch {
      continue
    }
    const width = rows[0]?.length ?? 0
    if (width < 2) continue
    const consistent = rows.filter((r) => r.length === width).length
    const score = consistent * width
    if (score > best.score) best = { delimiter, score }
  }
  return best.delimiter
}

const EMAIL_HEADER =
  /^(e-?mail|email address|e-mail address|почта|эл\.? ?почта|электронная почта|адрес|mail)$/i

function findEmailColumn(headers: string[], rows: string[][]): number {
  const byName = headers.findIndex((h) => EMAIL_HEADER.test(h.trim()))
  if (byName >= 0) return byName
  // No telling header: the column whose values most often look like addresses.
  let best = -1
  let bestCount = 0
  headers.forEach((_, column) => {
    const count = rows
      .slice(0, 200)
      .filter((r) => EmailAddress.safeParse(r[column] ?? '').success).length
    if (count > bestCount) [best, bestCount] = [column, count]
  })
  if (best < 0)
    throw new ImportError('No column of email addresses was found: choose the email column', {
      reason: 'recipients.noEmailColumn',
    })
  return best
}

/**
 * Names a column cannot have as a variable: `__proto__` is not a key a plain object can hold
 * (it would set the object's prototype), so its values would vanish without a word.
 */
const RESERVED_COLUMNS = new Set(['__proto__'])

/** The variable a display name ("Anna <anna@example.com>") becomes. */
const DISPLAY_NAME_VARIABLE = 'name'

/** "Name <address>" read by nodemailer's address parser; null for anything else. */
function withDisplayName(cell: string): { name: string; address: string } | null {
  if (!cell.includes('<')) return null
  const parsed = addressparser(cell, { flatten: true })
  if (parsed.length !== 1 || !parsed[0]!.address) return null
  return { name: parsed[0]!.name.trim(), address: parsed[0]!.address }
}

/**
 * A row against the header's width. Excel writes `…;Казань;` when a cell to the right of the
 * table once held something: empty fields past the last column are dropped, not a reason to
 * leave the recipient out. Fields past it that hold values are shown, so the user can see what
 * went wrong (usually an unquoted delimiter inside a value).
 */
function fitToHeaders(
  record: string[],
  width: number,
): { kind: 'fits' } | { kind: 'short' } | { kind: 'extra'; extra: string } {
  if (record.length === width) return { kind: 'fits' }
  if (record.length < width) return { kind: 'short' }
  const beyond = record.slice(width)
  if (beyond.every((field) => field.trim() === '')) {
    record.length = width
    return { kind: 'fits' }
  }
  const shown = beyond.filter((field) => field.trim() !== '').map((field) => `"${field.trim()}"`)
  return { kind: 'extra', extra: shown.join(', ') }
}

/** Rows checked between two turns of the event loop (see readRecords). */
const ROWS_PER_TURN = 2000

/**
 * Never holds the thread for long: the file is parsed a slice at a time and its rows checked a
 * few thousand at a time, with the event loop free in between.
 */
export async function parseRecipients(
  text: string,
  options: {
    delimiter?: Delimiter | null
    emailColumn?: string | null
    suppressed?: (email: string) => string | null
    /** Smaller slices in tests, to split rows and characters across them. */
    sliceBytes?: number
  } = {},
): Promise<ParsedFile> {
  const delimiter = options.delimiter ?? detectDelimiter(text)
  // Parsed as bytes: csv-parse reports how far it has read in bytes, and line numbers are
  // counted from those offsets (its own line count takes a CRLF inside quotes for two lines).
  const bytes = Buffer.from(text, 'utf8')
  let records: CsvRecord[]
  try {
    records = await readRecords(
      bytes,
      { delimiter, relax_column_count: true, skip_empty_lines: true, bom: true },
      options.sliceBytes ?? SLICE_BYTES,
    )
  } catch (error) {
    const detail = (error as Error).message
    throw new ImportError(`The file could not be read as CSV: ${detail}`, {
      reason: 'recipients.unreadable',
      params: { detail },
    })
  }
  if (records.length === 0) {
    throw new ImportError('The file is empty', { reason: 'recipients.empty' })
  }

  const lines = lineCounter(bytes)
  let offset = 0
  const rows = records.map(({ record, info }) => {
    const line = lines.startOfRecordAfter(offset)
    offset = info.bytes
    return { line, record }
  })

  const headers = rows[0]!.record.map((h) => h.trim())
  if (new Set(headers).size !== headers.length) {
    throw new ImportError('Two columns have the same name in the first row: rename one of them', {
      reason: 'recipients.duplicateColumns',
    })
  }
  const body = rows.slice(1)
  const emailIndex = options.emailColumn
    ? headers.indexOf(options.emailColumn)
    : findEmailColumn(
        headers,
        body.map((r) => r.record),
      )
  if (emailIndex < 0) {
    throw new ImportError(`There is no column "${options.emailColumn}"`, {
      reason: 'recipients.missingColumn',
      params: { column: options.emailColumn ?? '' },
    })
  }

  const recipients: ParsedRecipient[] = []
  const rejected: RejectedRow[] = []
  const seen = new Map<string, number>()
  let displayNames = false
  for (const [index, { line, record }] of body.entries()) {
    if (index > 0 && index % ROWS_PER_TURN === 0) await yieldToEventLoop()
    const shape = fitToHeaders(record, headers.length)
    if (shape.kind === 'short') {
      rejected.push({
        line,
        reason: `${record.length} columns instead of ${headers.length}`,
        kind: 'columns',
        params: { found: record.length, expected: headers.length },
      })
      continue
    }
    if (shape.kind === 'extra') {
      rejected.push({
        line,
        reason: `${record.length} columns instead of ${headers.length}; beyond the last column: ${shape.extra}`,
        kind: 'extra',
        params: { found: record.length, expected: headers.length, extra: shape.extra },
      })
      continue
    }
    const cell = record[emailIndex]!.trim()
    // "Anna Petrova <anna@example.com>", as mail clients export and people paste it.
    const named = withDisplayName(cell)
    const raw = named?.address ?? cell
    const email = EmailAddress.safeParse(raw)
    if (!email.success) {
      rejected.push(
        raw
          ? {
              line,
              reason: `"${raw}" is not a valid email address`,
              kind: 'invalid',
              params: { value: raw },
            }
          : { line, reason: 'No email address', kind: 'missing', params: {} },
      )
      continue
    }
    const key = email.data.toLowerCase()
    const first = seen.get(key)
    if (first !== undefined) {
      rejected.push({
        line,
        reason: `Duplicate of line ${first}`,
        kind: 'duplicate',
        params: { first },
      })
      continue
    }
    seen.set(key, line)
    const suppressed = options.suppressed?.(email.data)
    if (suppressed) {
      rejected.push({
        line,
        reason: `Suppressed: ${suppressed}`,
        kind: 'suppressed',
        params: { why: suppressed },
      })
      continue
    }
    const data: Record<string, string> = {}
    headers.forEach((header, i) => {
      if (i !== emailIndex && header && !RESERVED_COLUMNS.has(header)) data[header] = record[i]!
    })
    // The display name becomes {{name}} unless the file has a column of that name.
    if (named?.name && !headers.includes(DISPLAY_NAME_VARIABLE)) {
      data[DISPLAY_NAME_VARIABLE] = named.name
      displayNames = true
    }
    recipients.push({ line, email: email.data, data })
  }
  if (displayNames) {
    // Every recipient has the variable, empty where the list gave no name: a template using
    // {{name}} renders for all of them (strict mode refuses only a missing value).
    for (const r of recipients) r.data[DISPLAY_NAME_VARIABLE] ??= ''
    headers.push(DISPLAY_NAME_VARIABLE)
  }
  const emailColumn = headers[emailIndex]!
  const ignoredColumns = headers.filter((h) => RESERVED_COLUMNS.has(h) && h !== emailColumn)
  return {
    delimiter,
    headers: headers.filter((h) => !ignoredColumns.includes(h)),
    emailColumn,
    ignoredColumns,
    recipients,
    rejected,
  }
}
