import type { z } from 'zod'
import type { RecipientFileInput, RecipientFilePreview } from '../../../../../shared/contract'
import { csvField, textAsBase64 } from '../../../files'

export type FileChoice = z.input<typeof RecipientFileInput>
export type FilePreview = z.output<typeof RecipientFilePreview>

/**
 * A pasted list becomes a one-column file with an "email" header, so it goes through the same
 * checks as an imported file and its rejected rows have line numbers the user can find.
 */
export function pastedAsFile(text: string): FileChoice {
  const addresses = text
    .split(/[\s,;]+/)
    .map((a) => a.trim())
    .filter(Boolean)
  return {
    dataBase64: textAsBase64(['email', ...addresses].join('\n')),
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
