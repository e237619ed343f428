import type { z } from 'zod'
import type { RecipientFileInput, RecipientFilePreview } from '@shared/contract'
import { csvField, textAsBase64 } from '@renderer/files'

export type FileChoice = z.input<typeof RecipientFileInput>
export type FilePreview = RecipientFilePreview

/**
 * The entries of a pasted list: one per line, or separated by commas, semicolons or spaces —
 * except that "Name <address>" is one entry, its spaces included.
 */
export function pastedEntries(text: string): string[] {
  return text
    .split(/[\r\n,;]+/)
    .flatMap((piece) => (piece.includes('<') ? [piece] : piece.split(/\s+/)))
    .map((entry) => entry.trim())
    .filter(Boolean)
}

/**
 * A pasted list becomes a one-column file with an "email" header, so it goes through the same
 * checks as an imported file and its rejected rows have line numbers the user can find.
 */
export function pastedAsFile(text: string): FileChoice {
  const addresses = pastedEntries(text)
  return {
    // Quoted, so "Anna Petrova <anna@example.com>" stays one cell; the engine reads the name.
    dataBase64: textAsBase64(['email', ...addresses.map(csvField)].join('\n')),
    encoding: 'utf-8',
    delimiter: ',',
    emailColumn: 'email',
  }
}

/**
 * The rejected rows as a CSV the user can fix and import again: with a BOM, so that Excel reads
 * it as UTF-8 (Cyrillic reasons), split on the user's spreadsheet separator.
 */
export function rejectedAsCsv(
  rejected: readonly { line: number; reason: string }[],
  headers: { line: string; reason: string },
  delimiter: ',' | ';' = ',',
): string {
  const rows = rejected.map((r) => `${r.line}${delimiter}${csvField(r.reason)}`)
  const head = `${csvField(headers.line)}${delimiter}${csvField(headers.reason)}`
  return '\uFEFF' + [head, ...rows].join('\r\n') + '\r\n'
}
